import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// A new secret for the shortcut link, when the producer no longer wants the old one to link at once.
export async function renewCatalogShareKey({ actor, catalogId }: { actor: Actor; catalogId: string }) {
  const catalog = await db().catalog.findUnique({ where: { id: catalogId }, select: { producerId: true } });
  if (!catalog) throw new DomainError("NOT_FOUND");
  requireProducerUser(actor, catalog.producerId);
  await db().catalog.update({ where: { id: catalogId }, data: { shareKey: randomBytes(16).toString("hex") } });
}
