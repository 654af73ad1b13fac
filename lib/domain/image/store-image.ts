import sharp, { type OutputInfo } from "sharp";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

// Logos and photos are re-encoded as WebP no larger than `maxSize` pixels a side: a phone photo of several
// megabytes becomes a few dozen kilobytes for the shop. Anything sharp cannot read is not an image.
export async function storeImage(
  upload: { bytes: Uint8Array; size: number },
  { maxSize = 800, field = "image", tx }: { maxSize?: number; field?: string; tx?: Tx } = {},
) {
  if (upload.size > MAX_IMAGE_BYTES) throw new DomainError("IMAGE_TOO_LARGE", field);
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await sharp(upload.bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: maxSize, height: maxSize, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new DomainError("IMAGE_INVALID", field);
  }
  return (tx ?? db()).image.create({
    data: {
      data: new Uint8Array(output.data),
      mimeType: "image/webp",
      width: output.info.width,
      height: output.info.height,
    },
    select: { id: true },
  });
}
