import { createDistributionAction } from "@/lib/actions/admin";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormField, FormSelect } from "../ui/action-form";
import { SaleWordsFields } from "./sale-words-fields";

type Values = {
  placeId?: string;
  name?: string;
  note?: string;
  day: string;
  pickupStart: string;
  pickupEnd: string;
  openDay: string;
  openTime: string;
  closeDay: string;
  closeTime: string;
};

// One-off distribution: planned (no distributionId) or edited.
export function DistributionForm({
  marketId,
  distributionId,
  places,
  values,
  submitLabel,
  t,
}: {
  marketId: string;
  distributionId?: string;
  places: { id: string; name: string; city: string }[];
  values: Values;
  submitLabel: string;
  t: Messages;
}) {
  const a = t.admin.distributions;
  return (
    <ActionForm
      action={createDistributionAction}
      hidden={{ marketId, ...(distributionId ? { distributionId } : {}) }}
      submitLabel={submitLabel}
      pendingLabel={t.common.loading}
      className="grid grid-cols-2 gap-3"
    >
      <FormSelect
        name="placeId"
        label={a.place}
        options={places.map((p) => [p.id, `${p.name} — ${p.city}`])}
        defaultValue={values.placeId}
        className="col-span-2"
      />
      <FormField name="day" type="date" label={a.day} defaultValue={values.day} className="col-span-2" />
      <FormField name="pickupStart" type="time" label={a.pickupStart} defaultValue={values.pickupStart} />
      <FormField name="pickupEnd" type="time" label={a.pickupEnd} defaultValue={values.pickupEnd} />
      <FormField name="openDay" type="date" label={a.openDay} defaultValue={values.openDay} />
      <FormField name="openTime" type="time" label={a.openTime} defaultValue={values.openTime} />
      <FormField name="closeDay" type="date" label={a.closeDay} defaultValue={values.closeDay} />
      <FormField name="closeTime" type="time" label={a.closeTime} defaultValue={values.closeTime} />
      <SaleWordsFields values={values} t={t} />
    </ActionForm>
  );
}
