import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

export async function getMarketBySlugOrThrow(slug: string) {
  const market = await db().market.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, timeZone: true },
  });
  if (!market) throw new DomainError("NOT_FOUND");
  return market;
}
