import { DistributionRow } from "@/components/admin/distribution-row";
import { CycleForm } from "@/components/admin/confirmed-forms";
import { FormField, FormSelect } from "@/components/ui/action-form";
import { createCycleAction } from "@/lib/actions/admin";
import { DistributionForm } from "@/components/admin/distribution-form";
import { SaleWordsFields } from "@/components/admin/sale-words-fields";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { defaultDistributionForm } from "@/lib/domain/distribution-plan/distribution-defaults";
import { getMessages } from "@/lib/i18n/page";
import { addDays } from "@/lib/time";
import { Card } from "@/components/ui/card";

export default async function DistributionsAdminPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const { market } = await loadAdminMarket(marketId, `/admin/${marketId}/distributions`);
  // A co-admin who looks after catalogs, members or messages sees the sales; planning them is the admins'.
  const plans = market.rights.admin;
  const { locale, t } = await getMessages();
  const a = t.admin.distributions;
  const defaults = defaultDistributionForm(new Date(), market.timeZone);
  // New distributions are planned at the places still in use (lieux).
  const places = market.places.filter((p) => !p.archivedAt);
  const placeSelect = (
    <FormSelect name="placeId" label={a.place} options={places.map((p) => [p.id, `${p.name} — ${p.city}`])} />
  );
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <section aria-labelledby="dist-list">
        <h1 id="dist-list" className="mb-2 text-2xl font-bold">
          {a.title}
        </h1>
        {market.distributions.length === 0 ? (
          <Card asChild>
            <p>{a.none}</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-3">
            {market.distributions.map((d) => (
              <DistributionRow
                key={d.id}
                d={d}
                marketId={marketId}
                timeZone={market.timeZone}
                locale={locale}
                t={t}
                actions={plans}
              />
            ))}
          </ul>
        )}
      </section>
      {plans && (
        <div className="flex flex-col gap-4">
          <Card asChild>
            <section aria-labelledby="one-off" className="block">
              <h2 id="one-off" className="mb-2 text-lg font-semibold">
                {a.oneOff}
              </h2>
              <DistributionForm marketId={marketId} places={places} values={defaults} submitLabel={a.create} t={t} />
            </section>
          </Card>
          <Card asChild>
            <section aria-labelledby="cycle" className="block">
              <h2 id="cycle" className="mb-2 text-lg font-semibold">
                {a.cycle}
              </h2>
              <CycleForm
                action={createCycleAction}
                hidden={{ marketId }}
                submitLabel={a.createCycle}
                pendingLabel={t.common.loading}
                className="grid grid-cols-2 gap-3"
                confirm={{ ...a.cycleConfirm, cancelLabel: t.common.cancel }}
              >
                <div className="col-span-2">{placeSelect}</div>
                <FormSelect
                  name="frequency"
                  label={a.frequency}
                  options={Object.entries(a.frequencies)}
                  className="col-span-2"
                />
                <FormField name="startDay" type="date" label={a.startDay} defaultValue={defaults.day} />
                <FormField name="endDay" type="date" label={a.endDay} defaultValue={addDays(defaults.day, 84)} />
                <FormField name="pickupStart" type="time" label={a.pickupStart} defaultValue={defaults.pickupStart} />
                <FormField name="pickupEnd" type="time" label={a.pickupEnd} defaultValue={defaults.pickupEnd} />
                <FormField name="openDaysBefore" type="number" label={a.openDaysBefore} defaultValue="10" />
                <FormField name="closeHoursBefore" type="number" label={a.closeHoursBefore} defaultValue="24" />
                <SaleWordsFields t={t} />
              </CycleForm>
            </section>
          </Card>
        </div>
      )}
    </div>
  );
}
