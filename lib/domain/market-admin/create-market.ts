import { db, isUniqueViolation } from "@/lib/db/client";
import type { CreateMarketInput } from "@/lib/validation/admin";
import type { Actor } from "../access/actor";
import { requireVerifiedEmail } from "../user/require-verified-email";

export function slugify(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "marche"
  );
}

// Any signed-in person whose address is confirmed can start a market; they become its admin with every
// right. The shared link's slug comes from the name, with a number added when it is taken.
export async function createMarket({ actor, input }: { actor: Actor; input: CreateMarketInput }) {
  await requireVerifiedEmail(db(), actor.userId);
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    try {
      return await db().market.create({
        data: {
          slug,
          name: input.name,
          contactEmail: null,
          places: {
            create: [
              {
                name: input.placeName,
                address: input.address,
                zipCode: input.zipCode,
                city: input.city,
                lat: input.lat,
                lng: input.lng,
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
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not find a free slug");
}
