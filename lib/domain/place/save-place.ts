import { db } from "@/lib/db/client";
import type { PlaceInput } from "@/lib/validation/admin";
import { type Actor, requireMarketRight } from "../access/actor";
import { DomainError } from "../errors";
import { addressLocation, type Geocoder, locateAddress, sameAddress } from "../geocoding/geocoder";

// A market's place of distribution (« onglet LIEU DE DISTRIBUTION »), added or, with its id, edited: its name and
// address, placed by the geocoder whenever it is new, changed or not placed yet (nobody types coordinates). Editing
// an archived place is allowed (its past distributions show it). Answers where the address stands, for the page.
export async function savePlace({
  actor,
  marketId,
  placeId,
  input,
  geocoder,
}: {
  actor: Actor;
  marketId: string;
  placeId?: string;
  input: PlaceInput;
  geocoder: Geocoder;
}) {
  requireMarketRight(actor, marketId, "admin");
  const address = { address: input.address, zipCode: input.zipCode, city: input.city };
  const before = placeId
    ? await db().place.findFirst({
        where: { id: placeId, marketId },
        select: { address: true, zipCode: true, city: true, lat: true, lng: true, geocoding: true },
      })
    : null;
  if (placeId && !before) throw new DomainError("NOT_FOUND");
  const position =
    before && before.lat != null && sameAddress(before, address)
      ? { lat: before.lat, lng: before.lng, geocoding: before.geocoding }
      : await locateAddress(geocoder, address);
  const data = { name: input.placeName, ...address, ...position };
  const location = addressLocation(position);
  if (!placeId) {
    const { id } = await db().place.create({ data: { marketId, ...data }, select: { id: true } });
    return { id, location };
  }
  const { count } = await db().place.updateMany({ where: { id: placeId, marketId }, data });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return { id: placeId, location };
}
