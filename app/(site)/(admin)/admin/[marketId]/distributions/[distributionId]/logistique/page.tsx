import { ActionForm, FormField } from "@/components/ui/action-form";
import { enablePickupSlotsAction } from "@/lib/actions/logistics";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { listDeliveryRequests } from "@/lib/domain/delivery-help/list-delivery-requests";
import { SLOT_MINUTES } from "@/lib/domain/slot/slot-times";
import { listPickupSlots } from "@/lib/domain/slot/list-pickup-slots";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

type Params = { marketId: string; distributionId: string };

export default async function DistributionLogisticsPage({ params }: { params: Promise<Params> }) {
  const { marketId, distributionId } = await params;
  const path = `/admin/${marketId}/distributions/${distributionId}/logistique`;
  const { actor, market } = await loadAdminMarket(marketId, path);
  const { locale, t } = await getMessages();
  const [slots, requests] = await Promise.all([
    orNotFound(listPickupSlots({ actor, distributionId })),
    market.deliveryHelpEnabled ? orNotFound(listDeliveryRequests({ actor, distributionId })) : Promise.resolve([]),
  ]);
  const a = t.logistics.admin;
  const hhmm = (d: Date) => formatInZone(d, "HH:mm", market.timeZone, locale);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="slots-admin" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm">
        <h1 id="slots-admin" className="text-xl font-bold">
          {a.slotsTitle}
        </h1>
        <p className="text-sm text-muted">{a.slotsIntro}</p>
        <ActionForm
          action={enablePickupSlotsAction}
          hidden={{ distributionId, path }}
          submitLabel={slots.enabled ? a.update : a.enable}
          pendingLabel={t.common.loading}
          className="grid grid-cols-2 items-end gap-3"
        >
          <FormField
            name="capacity"
            type="number"
            label={a.capacity}
            defaultValue={String(slots.slots[0]?.capacity ?? 8)}
          />
          <FormField
            name="lastSlotCapacity"
            type="number"
            label={a.lastCapacity}
            defaultValue={slots.slots.length > 1 ? String(slots.slots[slots.slots.length - 1].capacity) : ""}
          />
        </ActionForm>
        {slots.enabled && (
          <table className="w-full text-sm">
            <caption className="text-left font-semibold">{a.plan}</caption>
            <tbody>
              {slots.slots.map((s) => (
                <tr key={s.id} className="border-t border-earth-100 align-top">
                  <td className="py-1 font-medium">
                    {hhmm(s.startsAt)}–{hhmm(new Date(s.startsAt.getTime() + SLOT_MINUTES * 60_000))}
                  </td>
                  <td className="py-1">{t.logistics.page.slotCount(s.booked, s.capacity)}</td>
                  <td className="py-1">{s.people.map((p) => `${p.basketNumber} ${p.name}`).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {market.deliveryHelpEnabled && (
        <section aria-labelledby="unmatched" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm">
          <h2 id="unmatched" className="text-xl font-bold">
            {a.unmatchedTitle}
          </h2>
          {requests.length === 0 ? (
            <p className="text-sm text-muted">{a.unmatchedNone}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {requests.map((r) => (
                <li key={r.orderId} className={r.matched ? "" : "font-semibold text-red-800"}>
                  n° {r.basketNumber} {r.lastName?.toUpperCase()} {r.firstName} —{" "}
                  {r.helper ? a.matchedBy(r.helper) : a.unmatched}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
