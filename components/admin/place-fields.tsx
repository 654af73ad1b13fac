import type { Messages } from "@/lib/i18n/messages";
import { FormField } from "../ui/action-form";

export function PlaceFields({ t }: { t: Messages }) {
  const p = t.admin.place;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField name="placeName" label={p.name} />
      <FormField name="address" label={p.address} autoComplete="street-address" />
      <FormField name="zipCode" label={p.zipCode} autoComplete="postal-code" inputMode="numeric" />
      <FormField name="city" label={p.city} autoComplete="address-level2" />
      <FormField name="lat" label={p.lat} inputMode="decimal" />
      <FormField name="lng" label={p.lng} inputMode="decimal" />
    </div>
  );
}
