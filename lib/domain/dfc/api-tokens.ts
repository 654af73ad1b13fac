import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// A producer's keys to its DFC export. The secret is 32 random bytes, shown once; only its SHA-256 is kept (a
// key this long needs no slow hash: nobody guesses it, and the hash is looked up by equality).
const PREFIX = "cabas_";

export const hashApiToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

export async function createApiToken({ actor, producerId, name }: { actor: Actor; producerId: string; name: string }) {
  requireProducerUser(actor, producerId);
  const secret = PREFIX + randomBytes(32).toString("base64url");
  const token = await db().apiToken.create({
    data: { producerId, name, tokenHash: hashApiToken(secret) },
    select: { id: true, name: true },
  });
  return { ...token, secret };
}

export async function listApiTokens({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return db().apiToken.findMany({
    where: { producerId, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}

export async function revokeApiToken({
  actor,
  producerId,
  tokenId,
  now,
}: {
  actor: Actor;
  producerId: string;
  tokenId: string;
  now: Date;
}) {
  requireProducerUser(actor, producerId);
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, producerId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new DomainError("NOT_FOUND");
}

// Whether a presented secret is a live key of this producer; its last use is noted.
export async function isLiveApiToken(secret: string, producerId: string, now: Date): Promise<boolean> {
  if (!secret.startsWith(PREFIX)) return false;
  const { count } = await db().apiToken.updateMany({
    where: { tokenHash: hashApiToken(secret), producerId, revokedAt: null },
    data: { lastUsedAt: now },
  });
  return count > 0;
}
