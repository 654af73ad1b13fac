import { db } from "@/lib/db/client";
import type { PlaceInput } from "@/lib/validation/admin";
import { type Actor, requireMarketRight } from "../access/actor";
import { DomainError } from "../errors";

// A market's place of distribution (« onglet LIEU DE DISTRIBUTION »), added or, with its id, edited: its name and
// address. Editing an archived place is allowed (its past distributions show it).
export async function savePlace({
  actor,
  marketId,
  placeId,
  input,
}: {
  actor: Actor;
  marketId: string;
  placeId?: string;
  input: PlaceInput;
}) {
  requireMarketRight(actor, marketId, "admin");
  const data = {
    name: input.placeName,
    address: input.address,
    zipCode: input.zipCode,
    city: input.city,
    lat: input.lat,
    lng: input.lng,
  };
  if (!placeId) return db().place.create({ data: { marketId, ...data }, select: { id: true } });
  const { count } = await db().place.updateMany({ where: { id: placeId, marketId }, data });
  if (count === 0) throw new DomainError("NOT_FOUND");
  return { id: placeId };
}
