import { db } from "@/lib/db/client";

// A session token is honoured only while its user exists, is not deleted, and has not changed their password
// since it was signed (the version it carries).
export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true, deletedAt: true } });
  return !!user && !user.deletedAt && user.sessionVersion === sessionVersion;
}
