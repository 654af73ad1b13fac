import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor } from "@/lib/domain/access/actor";
import { isSessionCurrent } from "@/lib/domain/user/is-session-current";
import { auth } from "./auth";

// Once per request (React's cache): the header and the page both ask. A token signed before the last password
// change (or of a deleted account) counts as signed out.
export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return (await isSessionCurrent(id, session.user.sessionVersion)) ? id : null;
});

export const currentActor = cache(async (userId: string) => loadActor(userId));

// The signed-in visitor's rights, or null for a visitor (or a session whose user no longer exists).
export async function currentActorOrNull() {
  const userId = await currentUserId();
  return userId ? currentActor(userId).catch(() => null) : null;
}

export async function requireUserId(callbackPath?: string): Promise<string> {
  const id = await currentUserId();
  if (!id) redirect(callbackPath ? `/connexion?callbackUrl=${encodeURIComponent(callbackPath)}` : "/connexion");
  return id;
}
