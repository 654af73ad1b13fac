import type { AddressLocation } from "@/lib/domain/geocoding/geocoder";
import type { Messages } from "@/lib/i18n/messages";
import { Badge } from "./ui/badge";

const VARIANT = { located: "success", "not-found": "danger", pending: "warning" } as const;

// Where a saved address stands with the national address service, beside the address (a place, a farm).
export function AddressLocationNote({ location, t }: { location: AddressLocation | null; t: Messages }) {
  if (!location) return null;
  return (
    <Badge variant={VARIANT[location]} data-location={location} className="whitespace-normal">
      {t.common.location[location]}
    </Badge>
  );
}
