import { db } from "@/lib/db/client";
import type { ProducerInput } from "@/lib/validation/producer";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { storeImage } from "../image/store-image";

export const MAX_PRODUCER_PHOTOS = 6;

export async function getProducerProfileOrThrow({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  const producer = await db().producer.findUnique({
    where: { id: producerId },
    select: {
      name: true,
      description: true,
      address: true,
      zipCode: true,
      city: true,
      phone: true,
      email: true,
      website: true,
      slug: true,
      photos: { select: { id: true, imageId: true }, orderBy: { position: "asc" } },
    },
  });
  if (!producer) throw new DomainError("NOT_FOUND");
  return producer;
}

// The producer's profile; new photos are resized and added after the existing ones (6 at most).
export async function updateProducer({
  actor,
  producerId,
  input,
  photos,
}: {
  actor: Actor;
  producerId: string;
  input: ProducerInput;
  photos: { bytes: Uint8Array; size: number }[];
}) {
  requireProducerUser(actor, producerId);
  const existing = await db().producerPhoto.count({ where: { producerId } });
  if (existing + photos.length > MAX_PRODUCER_PHOTOS) throw new DomainError("TOO_MANY_PHOTOS", "photos");
  const images = [];
  for (const photo of photos) images.push(await storeImage(photo, { maxSize: 1200, field: "photos" }));
  await db().producer.update({
    where: { id: producerId },
    data: { ...input, photos: { create: images.map((image, i) => ({ imageId: image.id, position: existing + i })) } },
  });
}
