import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { MAX_IMAGE_BYTES, storeImage } from "@/lib/domain/image/store-image";
import { getImage } from "@/lib/domain/image/get-image";

describe("storeImage", () => {
  it("resizes to fit and re-encodes as WebP", async () => {
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2f6b3a" } })
      .png()
      .toBuffer();
    const { id } = await storeImage({ bytes: png, size: png.length }, { maxSize: 600 });
    const stored = await getImage(id);
    expect(stored?.mimeType).toBe("image/webp");
    const meta = await sharp(Buffer.from(stored!.data)).metadata();
    expect([meta.width, meta.height]).toEqual([600, 300]);
  });

  it("refuses a file that is not an image, or too large, on the given field", async () => {
    const text = new TextEncoder().encode("pas une image");
    await expect(storeImage({ bytes: text, size: text.length }, { field: "logo" })).rejects.toEqual(
      new DomainError("IMAGE_INVALID", "logo"),
    );
    await expect(storeImage({ bytes: text, size: MAX_IMAGE_BYTES + 1 }, { field: "logo" })).rejects.toEqual(
      new DomainError("IMAGE_TOO_LARGE", "logo"),
    );
  });
});
