import { db } from "@/lib/db/client";
import type { ProfileInput } from "@/lib/validation/shop";
import type { Actor } from "../access/actor";

// Only the actor's own profile: the id comes from the session, never from the form.
export async function updateProfile({ actor, input }: { actor: Actor; input: Partial<ProfileInput> }) {
  await db().user.update({ where: { id: actor.userId }, data: input, select: { id: true } });
}

export async function updateEmailPreferences({
  actor,
  notifySaleOpening,
  notifyReminder,
}: {
  actor: Actor;
  notifySaleOpening: boolean;
  notifyReminder: boolean;
}) {
  await db().user.update({
    where: { id: actor.userId },
    data: { notifySaleOpening, notifyReminder },
    select: { id: true },
  });
}
