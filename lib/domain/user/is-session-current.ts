import { sqlRows } from "@/lib/db/client";

// A session token is honoured only while its user exists, is not deleted, and has not changed their password
// since it was signed (the version it carries). One statement: every page rendered per request and every server
// action asks.
export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const rows = await sqlRows(`SELECT 1 FROM "User" WHERE "id" = $1 AND "deletedAt" IS NULL AND "sessionVersion" = $2`, [
    userId,
    sessionVersion,
  ]);
  return rows.length > 0;
}
