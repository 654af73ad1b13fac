import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor } from "@/lib/domain/access/actor";
import { isSessionCurrent } from "@/lib/domain/user/is-session-current";
import { sessionOfRequest } from "./session";

// The session as the request's cookie carries it (lib/auth/session.ts), its version not checked yet: for a read
// that checks it in its own statement (a public page's personal view, app/api/personal).
export const currentSession = cache(sessionOfRequest);

// Once per request (React's cache): the header and the page both ask. A token signed before the last password
// change (or of a deleted account) counts as signed out.
export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await currentSession();
  if (!session) return null;
  return (await isSessionCurrent(session.userId, session.sessionVersion)) ? session.userId : null;
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
