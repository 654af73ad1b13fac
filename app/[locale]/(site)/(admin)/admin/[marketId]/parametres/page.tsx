import { notFound } from "next/navigation";
import { ShareLink } from "@/components/admin/share-link";
import { ActionForm, FormChoice, FormField, FormTextarea } from "@/components/ui/action-form";
import { updateMarketSettingsAction } from "@/lib/actions/admin";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export default async function MarketSettingsPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const { market } = await loadAdminMarket(marketId, `/admin/${marketId}/parametres`);
  // The settings are the admins' (updateMarketSettings asks the « admin » right): a co-admin would see a form
  // they could not save, and the market's legal and billing details.
  if (!market.rights.admin) notFound();
  const { locale, t } = await getMessages();
  const s = t.admin.settings;
  const check = (name: string, label: string, checked: boolean) => (
    <label className="flex items-center gap-2">
      <FormChoice type="checkbox" name={name} defaultChecked={checked} />
      {label}
    </label>
  );
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Card asChild>
        <section aria-labelledby="settings" className="block p-5">
          <h1 id="settings" className="mb-3 text-2xl font-bold">
            {s.title}
          </h1>
          <ActionForm
            action={updateMarketSettingsAction}
            hidden={{ marketId }}
            submitLabel={t.common.save}
            pendingLabel={t.common.loading}
          >
            <FormField name="name" label={s.name} defaultValue={market.name} />
            <FormField
              name="shortDescription"
              label={s.shortDescription}
              defaultValue={market.shortDescription ?? ""}
            />
            <FormTextarea name="description" label={s.description} defaultValue={market.description ?? ""} />
            <FormField name="logo" type="file" accept="image/jpeg,image/png,image/webp" label={s.logo} />
            <fieldset className="flex flex-col gap-1">
              <legend className="text-sm font-medium">{s.basketMode}</legend>
              <label className="flex items-center gap-2">
                <FormChoice name="basketMode" value="BEFORE" defaultChecked={market.basketMode === "BEFORE"} />
                {s.basketBefore}
              </label>
              <label className="flex items-center gap-2">
                <FormChoice name="basketMode" value="DURING" defaultChecked={market.basketMode === "DURING"} />
                {s.basketDuring}
              </label>
            </fieldset>
            {check("requirePhone", s.requirePhone, market.requirePhone)}
            {check("requireAddress", s.requireAddress, market.requireAddress)}
            <div className="flex flex-col gap-2">
              {check("deliveryHelpEnabled", s.deliveryHelp, market.deliveryHelpEnabled)}
              <FormField
                name="deliveryHelpMaxPerVolunteer"
                type="number"
                min={1}
                max={10}
                label={s.deliveryHelpMax}
                hint={s.deliveryHelpMaxHint}
                defaultValue={String(market.deliveryHelpMaxPerVolunteer)}
                className="max-w-xs"
              />
            </div>
            <fieldset className="flex flex-col gap-1">
              <legend className="text-sm font-medium">{s.payments}</legend>
              {check("payOnSite", s.payOnSite, market.paymentMethods.includes("ON_SITE"))}
              {check("payTransfer", s.payTransfer, market.paymentMethods.includes("TRANSFER"))}
              {check("payCard", s.payCard, market.paymentMethods.includes("CARD"))}
              {check("payBalance", s.payBalance, market.paymentMethods.includes("BALANCE"))}
            </fieldset>
            <FormField name="transferIban" label={s.transferIban} defaultValue={market.transferIban ?? ""} />
            <FormField
              name="feePercent"
              label={s.feePercent}
              defaultValue={String(market.feeBp / 100).replace(".", ",")}
              inputMode="decimal"
            />
            <FormField name="timeZone" label={s.timeZone} defaultValue={market.timeZone} />
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium">{s.contact}</legend>
              <p className="text-sm text-muted">{s.contactHint}</p>
              <FormField name="contactName" label={s.contactName} defaultValue={market.contactName ?? ""} />
              <FormField
                name="contactEmail"
                type="email"
                label={s.contactEmail}
                defaultValue={market.contactEmail ?? ""}
                autoComplete="off"
              />
              <FormField
                name="contactPhone"
                type="tel"
                label={s.contactPhone}
                defaultValue={market.contactPhone ?? ""}
                autoComplete="off"
              />
            </fieldset>
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium">{s.billing}</legend>
              <p className="text-sm text-muted">{s.billingHint}</p>
              <label className="flex items-center gap-2">
                <FormChoice name="vatStatus" value="FRANCHISE" defaultChecked={market.vatStatus === "FRANCHISE"} />
                {s.vatFranchise}
              </label>
              <label className="flex items-center gap-2">
                <FormChoice name="vatStatus" value="LIABLE" defaultChecked={market.vatStatus === "LIABLE"} />
                {s.vatLiable}
              </label>
              <FormField name="legalName" label={s.legalName} defaultValue={market.legalName ?? ""} />
              <FormField name="legalAddress" label={s.legalAddress} defaultValue={market.legalAddress ?? ""} />
              <FormField name="siret" label={s.siret} defaultValue={market.siret ?? ""} />
              <FormField name="vatNumber" label={s.vatNumber} defaultValue={market.vatNumber ?? ""} />
            </fieldset>
          </ActionForm>
        </section>
      </Card>
      <ShareLink market={market} locale={locale} t={t} />
    </div>
  );
}
