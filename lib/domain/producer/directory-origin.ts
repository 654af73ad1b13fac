import { requireMarketRight, type Actor } from "../access/actor";
import type { Geocoder, GeocodeAnswer } from "../geocoding/geocoder";

// The producer directory measures distances from an address the admin types (a member's farm, a town nearby)
// rather than from the market's place: the geocoder places it, or says it knows no such address or could not be
// asked (the page then says so and measures from the place). Nothing is stored.
export async function directoryOrigin({
  actor,
  marketId,
  address,
  geocoder,
}: {
  actor: Actor;
  marketId: string;
  address: string;
  geocoder: Geocoder;
}): Promise<GeocodeAnswer> {
  requireMarketRight(actor, marketId, "catalogs");
  return geocoder.geocode({ text: address });
}
