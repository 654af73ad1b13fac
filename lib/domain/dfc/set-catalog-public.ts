import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { getCatalogOrThrow } from "../catalog/producer-catalogs";

// A catalog's DFC export opened to anyone (other platforms read it without a key), or closed again.
export async function setCatalogDfcPublic({
  actor,
  catalogId,
  dfcPublic,
}: {
  actor: Actor;
  catalogId: string;
  dfcPublic: boolean;
}) {
  const catalog = await getCatalogOrThrow({ actor, catalogId });
  await db().catalog.update({ where: { id: catalog.id }, data: { dfcPublic } });
}
