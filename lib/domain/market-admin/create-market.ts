import { db } from "@/lib/db/client";
import type { CreateMarketInput } from "@/lib/validation/admin";
import type { Actor } from "../access/actor";
import { type Geocoder, locateAddress } from "../geocoding/geocoder";
import { createWithFreeSlug } from "../slug";
import { requireVerifiedEmail } from "../user/require-verified-email";

// Any signed-in person whose address is confirmed can start a market; they become its admin with every
// right. The shared link's slug comes from the name, with a number added when it is taken. Its first place is
// placed by the geocoder before anything is written; its page of places says where that stands.
export async function createMarket({
  actor,
  input,
  geocoder,
}: {
  actor: Actor;
  input: CreateMarketInput;
  geocoder: Geocoder;
}) {
  await requireVerifiedEmail(db(), actor.userId);
  const address = { address: input.address, zipCode: input.zipCode, city: input.city };
  const position = await locateAddress(geocoder, address);
  return createWithFreeSlug(input.name, {
    taken: async (base) =>
      (await db().market.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (m) => m.slug,
      ),
    create: (slug) =>
      db().market.create({
        data: {
          slug,
          name: input.name,
          contactEmail: null,
          places: {
            create: [
              {
                name: input.placeName,
                ...address,
                ...position,
              },
            ],
          },
          memberships: {
            create: [
              {
                userId: actor.userId,
                isAdmin: true,
                canManageCatalogs: true,
                canManageMembers: true,
                canManageMessages: true,
              },
            ],
          },
        },
        select: { id: true, slug: true },
      }),
  });
}
