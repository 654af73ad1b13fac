import Link from "next/link";
import type { BasketView } from "@/lib/domain/personal/get-personal-view";
import { formatDecimal } from "@/lib/i18n/format-decimal";
import { formatQuantity } from "@/lib/i18n/format-quantity";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { formatMoney } from "@/lib/money";
import { BasketForm } from "../personal/basket-form";
import { FormField } from "../ui/action-form";
import { Card } from "../ui/card";
import { DraftNotice, NotHeldBadge } from "./draft-notice";

// `id` names the panel (the page's own is #panier; the phones' bottom sheet draws a second one, shop-personal.tsx,
// and only one of the two is ever shown).
export function Basket({
  id = "panier",
  basket,
  distributionId,
  editable,
  locale,
  t,
}: {
  id?: string;
  basket: BasketView | null;
  distributionId: string;
  editable: boolean;
  locale: Locale;
  t: ShopMessages;
}) {
  const s = t.shop;
  return (
    <Card asChild className="border-2 border-leaf-600 shadow-none">
      <section id={id} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {s.basketTitle}
          {basket && <span className="ml-2 text-sm font-normal text-muted">{s.basketNumber(basket.basketNumber)}</span>}
        </h2>
        {!basket || basket.lines.length === 0 ? (
          <p className="text-sm text-muted">{s.basketEmpty}</p>
        ) : (
          <>
            <ul className="flex flex-col divide-y divide-earth-100">
              {basket.lines.map((line) => (
                <li key={line.productId} className="flex flex-col gap-1 py-2">
                  <p className="flex justify-between gap-2 text-sm">
                    <span>
                      {formatQuantity(line.quantity, line.unit, locale)} · {line.productName}
                      {line.released && <NotHeldBadge t={t} />}
                    </span>
                    <span className="font-semibold">{formatMoney(line.totalCents, locale)}</span>
                  </p>
                  {editable && (
                    <div className="flex flex-wrap items-end gap-2">
                      <BasketForm
                        mode="set"
                        hidden={{ distributionId, productId: line.productId }}
                        submitLabel={s.update}
                        pendingLabel={t.common.loading}
                        className="flex items-end gap-2"
                        variant="secondary"
                      >
                        <FormField
                          name="quantity"
                          label={s.quantity}
                          aria-label={s.quantityFor(line.productName)}
                          defaultValue={formatDecimal(line.quantity, locale)}
                          inputMode="decimal"
                          className="w-20"
                        />
                      </BasketForm>
                      <BasketForm
                        mode="set"
                        hidden={{ distributionId, productId: line.productId, quantity: "0" }}
                        submitLabel={s.remove}
                        pendingLabel={t.common.loading}
                        variant="danger"
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
            <p className="flex justify-between text-lg font-bold">
              <span>{s.total}</span>
              <span data-testid="basket-total">{formatMoney(basket.totalCents, locale)}</span>
            </p>
            {!basket.confirmed && <DraftNotice released={basket.lines.some((l) => l.released)} t={t} />}
            {editable && (
              <Link
                href={localizedPath(locale, `/commande/${basket.id}`)}
                className="rounded-md bg-leaf-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-leaf-700"
              >
                {s.validate}
              </Link>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
