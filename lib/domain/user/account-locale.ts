import { db } from "@/lib/db/client";

// The language an account chose, to show the site in it once the person is signed in.
export async function accountLocale(email: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  return user?.locale ?? null;
}
