import { notFound, redirect } from "next/navigation";
import { DomainError } from "@/lib/domain/errors";
import { currentActor, requireUserId } from "./current-user";

// For signed-in pages: the actor, or a redirect to sign-in that comes back here.
export async function loadPageActor(path: string) {
  return currentActor(await requireUserId(path));
}

// Producer pages that list what the person's producers have: someone with no producer account is sent to the
// offer to create one, rather than shown an empty space.
export async function loadProducerSpaceActor(path: string) {
  const actor = await loadPageActor(path);
  if (actor.producerIds.length === 0 && !actor.isOperator) redirect("/producteur");
  return actor;
}

// A page's domain read, where "not yours" and "does not exist" both become a 404 (never reveal which).
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
