import { db } from "@/lib/db/client";

export function getImage(id: string) {
  return db().image.findUnique({ where: { id }, select: { data: true, mimeType: true } });
}
