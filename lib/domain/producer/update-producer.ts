import { db } from "@/lib/db/client";
import type { ProducerInput } from "@/lib/validation/producer";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { addressLocation, type Geocoder, locateAddress, sameAddress } from "../geocoding/geocoder";
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
      publishPhone: true,
      publishEmail: true,
      publishAddress: true,
      slug: true,
      lat: true,
      geocoding: true,
      photos: { select: { id: true, imageId: true }, orderBy: { position: "asc" } },
    },
  });
  if (!producer) throw new DomainError("NOT_FOUND");
  const { lat, geocoding, ...profile } = producer;
  return { ...profile, location: addressLocation({ lat, geocoding }) };
}

// The producer's profile; new photos are resized and added after the existing ones (6 at most). The farm's address
// is placed by the geocoder when it changed or is not placed yet, so that markets find the farm by distance.
// Answers where the address stands, for the page.
export async function updateProducer({
  actor,
  producerId,
  input,
  photos,
  geocoder,
}: {
  actor: Actor;
  producerId: string;
  input: ProducerInput;
  photos: { bytes: Uint8Array; size: number }[];
  geocoder: Geocoder;
}) {
  requireProducerUser(actor, producerId);
  const before = await db().producer.findUnique({
    where: { id: producerId },
    select: { address: true, zipCode: true, city: true, lat: true, lng: true, geocoding: true },
  });
  if (!before) throw new DomainError("NOT_FOUND");
  const existing = await db().producerPhoto.count({ where: { producerId } });
  if (existing + photos.length > MAX_PRODUCER_PHOTOS) throw new DomainError("TOO_MANY_PHOTOS", "photos");
  const images = [];
  for (const photo of photos) images.push(await storeImage(photo, { maxSize: 1200, field: "photos" }));
  const position =
    before.lat != null && sameAddress(before, input)
      ? { lat: before.lat, lng: before.lng, geocoding: before.geocoding }
      : await locateAddress(geocoder, input);
  await db().producer.update({
    where: { id: producerId },
    data: {
      ...input,
      ...position,
      photos: { create: images.map((image, i) => ({ imageId: image.id, position: existing + i })) },
    },
  });
  return { location: addressLocation(position) };
}
