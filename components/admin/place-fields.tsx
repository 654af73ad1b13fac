import type { Messages } from "@/lib/i18n/messages";
import { FormField } from "../ui/action-form";

type PlaceValues = { name: string; address: string; zipCode: string; city: string };

// A place's name and address: on the market's creation form and on its places' page (`place`: the one edited).
// Its position comes from the national address service when it is saved.
export function PlaceFields({ t, place }: { t: Messages; place?: PlaceValues }) {
  const p = t.admin.place;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField name="placeName" label={p.name} defaultValue={place?.name} />
      <FormField name="address" label={p.address} autoComplete="street-address" defaultValue={place?.address} />
      <FormField
        name="zipCode"
        label={p.zipCode}
        autoComplete="postal-code"
        inputMode="numeric"
        defaultValue={place?.zipCode}
      />
      <FormField name="city" label={p.city} autoComplete="address-level2" defaultValue={place?.city} />
    </div>
  );
}
