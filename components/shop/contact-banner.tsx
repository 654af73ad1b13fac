import { updateContactAction } from "@/lib/actions/shop";
import type { ContactField } from "@/lib/domain/account/missing-contact-fields";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { ActionForm, FormField } from "../ui/action-form";

// « Les membres de ce groupe doivent fournir un numéro de téléphone » — asked before the first order.
export function ContactBanner({ missing, t }: { missing: readonly ContactField[]; t: ShopMessages }) {
  const s = t.shop;
  const a = s.account;
  return (
    <section
      aria-labelledby="contact-title"
      className="rounded-xl border-l-4 border-earth-600 bg-earth-100 p-4 text-earth-800"
    >
      <h2 id="contact-title" className="font-bold">
        {s.requiredTitle}
      </h2>
      {missing.includes("phone") && <p className="text-sm">{s.requiredPhone}</p>}
      {missing.includes("address") && <p className="text-sm">{s.requiredAddress}</p>}
      <ActionForm
        action={updateContactAction}

        submitLabel={s.saveProfile}
        pendingLabel={t.common.loading}
        className="mt-2 flex flex-col gap-2"
      >
        {missing.includes("phone") && <FormField name="phone" label={a.phone} type="tel" autoComplete="tel" required />}
        {missing.includes("address") && (
          <>
            <FormField name="address" label={a.address} autoComplete="street-address" required />
            <FormField name="zipCode" label={a.zipCode} autoComplete="postal-code" />
            <FormField name="city" label={a.city} autoComplete="address-level2" />
          </>
        )}
      </ActionForm>
    </section>
  );
}
