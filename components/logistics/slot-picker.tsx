import { bookPickupSlotAction } from "@/lib/actions/logistics";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SLOT_MINUTES } from "@/lib/domain/slot/slot-times";
import { ActionForm, FormFieldError } from "../ui/action-form";
import { Card } from "../ui/card";
import { Radio } from "../ui/checkbox";

type Slot = { id: string; startsAt: Date; capacity: number; booked: number; full: boolean; mine: boolean };

// A draft may not book (a place it may never use): it sees why instead of the slots.
export function SlotPicker({
  orderId,
  slots,
  bookable,
  timeZone,
  locale,
  t,
}: {
  orderId: string;
  slots: Slot[];
  bookable: boolean;
  timeZone: string;
  locale: Locale;
  t: Messages;
}) {
  const p = t.logistics.page;
  const hhmm = (d: Date) => formatInZone(d, "HH:mm", timeZone, locale);
  return (
    <Card asChild className="gap-0">
      <section aria-labelledby="slots-title">
        <h2 id="slots-title" className="text-lg font-semibold">
          {p.slotsTitle}
        </h2>
        <p className="mb-3 text-sm text-muted">{p.slotsIntro}</p>
        {!bookable ? (
          <p className="text-sm">{p.slotsConfirmFirst}</p>
        ) : (
          <ActionForm
            action={bookPickupSlotAction}
            hidden={{ orderId }}
            submitLabel={p.bookSlot}
            pendingLabel={t.common.loading}
          >
            <fieldset className="flex flex-col gap-2">
              <legend className="sr-only">{p.slotsTitle}</legend>
              {slots.map((slot) => {
                const end = new Date(slot.startsAt.getTime() + SLOT_MINUTES * 60_000);
                const disabled = slot.full && !slot.mine;
                return (
                  <label
                    key={slot.id}
                    className={`flex items-center justify-between gap-3 rounded-lg border p-3 ${slot.mine ? "border-leaf-600 bg-leaf-50" : "border-stone-300"} ${disabled ? "opacity-60" : ""}`}
                  >
                    <span className="flex items-center gap-2">
                      <Radio name="slotId" value={slot.id} defaultChecked={slot.mine} disabled={disabled} />
                      <span className="font-medium">{p.slotLabel(hhmm(slot.startsAt), hhmm(end))}</span>
                    </span>
                    <span className="text-sm">
                      {p.slotCount(slot.booked, slot.capacity)}
                      {slot.mine ? ` · ${p.slotMine}` : disabled ? ` · ${p.slotFull}` : ""}
                    </span>
                  </label>
                );
              })}
            </fieldset>
            <FormFieldError name="slotId" />
          </ActionForm>
        )}
      </section>
    </Card>
  );
}
