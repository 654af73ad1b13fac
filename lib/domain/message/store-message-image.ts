import { requireMarketRight, type Actor } from "../access/actor";
import { storeImage } from "../image/store-image";
import { consume } from "../throttle/limits";
import { messageImageSrc } from "./message-format";

// E-mails are read on screens about 600 pixels wide; twice that stays sharp on dense screens.
const MESSAGE_IMAGE_MAX_SIZE = 1200;

// An image put into a message as it is written, stored and served by Cabas like logos and photos (re-encoded
// as WebP, whatever was sent): its address is what the message's <img> shows. Counted per person, since each
// image is kept whether or not the message is sent.
export async function storeMessageImage({
  actor,
  marketId,
  upload,
}: {
  actor: Actor;
  marketId: string;
  upload: { bytes: Uint8Array; size: number };
}): Promise<{ src: string }> {
  requireMarketRight(actor, marketId, "messages");
  await consume("messageImagesByUser", actor.userId);
  const image = await storeImage(upload, { maxSize: MESSAGE_IMAGE_MAX_SIZE });
  return { src: messageImageSrc(image.id) };
}
