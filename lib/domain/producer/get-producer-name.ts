import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

export async function getProducerNameOrThrow(producerId: string) {
  const producer = await db().producer.findUnique({ where: { id: producerId }, select: { id: true, name: true } });
  if (!producer) throw new DomainError("NOT_FOUND");
  return producer;
}
