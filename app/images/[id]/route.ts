import { connection } from "next/server";
import { getImage } from "@/lib/domain/image/get-image";

// GET /images/<id> — logos and product photos are public; ids are unguessable cuids.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const image = await getImage((await params).id);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(image.data), {
    headers: { "Content-Type": image.mimeType, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
