import { redirect } from "next/navigation";
import { auth } from "./auth";

export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

export async function requireUserId(callbackPath?: string): Promise<string> {
  const id = await currentUserId();
  if (!id) redirect(callbackPath ? `/connexion?callbackUrl=${encodeURIComponent(callbackPath)}` : "/connexion");
  return id;
}
