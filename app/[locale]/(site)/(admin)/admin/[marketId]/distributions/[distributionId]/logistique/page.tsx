import { DistributionReferents } from "@/components/admin/distribution-referents";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { enablePickupSlotsAction, undoDeliveryMatchAction } from "@/lib/actions/logistics";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { listDeliveryRequests } from "@/lib/domain/delivery-help/list-delivery-requests";
import { listReferents } from "@/lib/domain/referent/list-referents";
import { SLOT_MINUTES } from "@/lib/domain/slot/slot-times";
import { listPickupSlots } from "@/lib/domain/slot/list-pickup-slots";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";

type Params = { marketId: string; distributionId: string };

export default async function DistributionLogisticsPage({ params }: { params: Promise<Params> }) {
  const { marketId, distributionId } = await params;
  const path = `/admin/${marketId}/distributions/${distributionId}/logistique`;
  const { actor, market } = await loadAdminMarket(marketId, path);
  const { locale, t } = await getMessages();
  const now = new Date();
  const [slots, help, referents] = await Promise.all([
    orNotFound(listPickupSlots({ actor, distributionId })),
    market.deliveryHelpEnabled ? orNotFound(listDeliveryRequests({ actor, distributionId, now })) : null,
    orNotFound(listReferents({ actor, marketId, distributionId })),
  ]);
  const a = t.logistics.admin;
  const hhmm = (d: Date) => formatInZone(d, "HH:mm", market.timeZone, locale);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card asChild>
        <section aria-labelledby="slots-admin" className="gap-3">
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
            <Table>
              <caption className="caption-top pb-1 text-left font-semibold">{a.plan}</caption>
              <TableBody>
                {slots.slots.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell className="font-medium">
                      {hhmm(s.startsAt)}–{hhmm(new Date(s.startsAt.getTime() + SLOT_MINUTES * 60_000))}
                    </TableCell>
                    <TableCell>{t.logistics.page.slotCount(s.booked, s.capacity)}</TableCell>
                    <TableCell>{s.people.map((p) => `${p.basketNumber} ${p.name}`).join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      </Card>
      <DistributionReferents
        marketId={marketId}
        distributionId={distributionId}
        people={referents}
        locale={locale}
        t={t}
      />
      {help && (
        <Card asChild>
          <section aria-labelledby="unmatched" className="gap-2">
            <h2 id="unmatched" className="text-xl font-bold">
              {a.unmatchedTitle}
            </h2>
            {help.requests.length === 0 ? (
              <p className="text-sm text-muted">{a.unmatchedNone}</p>
            ) : (
              <>
                <p className="text-sm text-muted">
                  {help.contactsOpen
                    ? a.contactsUntil(
                        formatInZone(
                          new Date(help.contactsUntil.getTime() - 1),
                          t.market.dateFormat,
                          market.timeZone,
                          locale,
                        ),
                      )
                    : a.contactsExpired}
                </p>
                <ul className="flex flex-col gap-3 text-sm">
                  {help.requests.map((r) => {
                    const match = r.offers.find((o) => o.accepted);
                    const waiting = r.offers.filter((o) => !o.accepted);
                    return (
                      <li key={r.orderId} className="flex flex-col gap-1 border-t border-earth-100 pt-2">
                        <p className={match ? "font-medium" : "font-semibold text-red-800"}>
                          n° {r.basketNumber} {r.name}
                          {r.city ? `, ${r.city}` : ""} —{" "}
                          {match
                            ? a.matchedBy(match.volunteer)
                            : waiting.length > 0
                              ? a.offersFrom(waiting.map((o) => o.volunteer).join(", "))
                              : a.unmatched}
                        </p>
                        {r.contact && (
                          <p>
                            {a.personContact(
                              [r.contact.phone, r.contact.address, r.contact.email].filter(Boolean).join(" · "),
                            )}
                          </p>
                        )}
                        {match?.contact && (
                          <p>
                            {a.volunteerContact(
                              match.volunteer,
                              [match.contact.phone, match.contact.email].filter(Boolean).join(" · "),
                            )}
                          </p>
                        )}
                        {match && (
                          <ActionForm
                            action={undoDeliveryMatchAction}
                            hidden={{ offerId: match.offerId, path }}
                            submitLabel={a.undo}
                            pendingLabel={t.common.loading}
                            variant="danger"
                            submitClassName="self-start"
                          />
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>
        </Card>
      )}
    </div>
  );
}
