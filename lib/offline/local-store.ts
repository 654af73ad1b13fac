import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { DayOperation, DayOperationType } from "@/lib/domain/distribution-day/day-operation";
import { DAY_SCREEN_CACHE, dayScreenDistributionId } from "./day-screen-path";
import type { OfflineDay } from "./offline-day";

// The phone's IndexedDB: a copy of each distribution day opened online (names and phone numbers of hundreds of
// people), the operations waiting for the network, and the answers the referent has to look at. Used by the page
// and by the service worker, which erases expired copies even when the day screen is never opened again.

// A copy is erased 48 hours after it came from the server, when its distribution is validated, and at sign-out.
export const COPY_LIFETIME_MS = 48 * 3_600_000;

export type StoredDay = {
  distributionId: string;
  userId: string;
  day: OfflineDay;
  // When the server produced it (its clock), to tell a fresher copy from the one in a page served from the cache.
  serverTime: string;
  // When the phone received it (its clock), for the 48 hours.
  savedAt: number;
};

// Operations are kept in the order they were made; they hold ids and figures, no names.
export type QueuedOperation = { distributionId: string; userId: string; operation: DayOperation };

// An operation the server did not apply, described with what the referent needs to redo it (no names either:
// it outlives the copy until the referent has seen it).
export type Problem = {
  id: string;
  distributionId: string;
  userId: string;
  type: DayOperationType;
  basketNumber: number;
  productName: string | null;
} & ({ kind: "conflict"; mine: string; current: string } | { kind: "refused"; reason: string });

interface OfflineSchema extends DBSchema {
  days: { key: string; value: StoredDay };
  operations: { key: number; value: QueuedOperation; indexes: { byId: string } };
  problems: { key: string; value: Problem };
}

const DATABASE_NAME = "cabas-offline";
let opened: Promise<IDBPDatabase<OfflineSchema>> | undefined;

function database() {
  opened ??= openDB<OfflineSchema>(DATABASE_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("days", { keyPath: "distributionId" });
      db.createObjectStore("operations", { autoIncrement: true }).createIndex("byId", "operation.id", { unique: true });
      db.createObjectStore("problems", { keyPath: "id" });
    },
  });
  return opened;
}

export async function readDay(distributionId: string): Promise<StoredDay | undefined> {
  return (await database()).get("days", distributionId);
}

export async function saveDay(stored: StoredDay): Promise<void> {
  await (await database()).put("days", stored);
}

export async function queueOperation(queued: QueuedOperation): Promise<void> {
  await (await database()).add("operations", queued);
}

// Oldest first.
export async function queuedOperations(filter: {
  distributionId?: string;
  userId: string;
}): Promise<QueuedOperation[]> {
  const all = await (await database()).getAll("operations");
  return all.filter(
    (q) => q.userId === filter.userId && (!filter.distributionId || q.distributionId === filter.distributionId),
  );
}

// The server answered these operations: they leave the queue, and those it did not apply become problems, at once.
export async function settleOperations(answeredIds: string[], problems: Problem[]): Promise<void> {
  const tx = (await database()).transaction(["operations", "problems"], "readwrite");
  const byId = tx.objectStore("operations").index("byId");
  for (const id of answeredIds) {
    const key = await byId.getKey(id);
    if (key !== undefined) await tx.objectStore("operations").delete(key);
  }
  for (const problem of problems) await tx.objectStore("problems").put(problem);
  await tx.done;
}

export async function problemsOf(distributionId: string, userId: string): Promise<Problem[]> {
  const all = await (await database()).getAll("problems");
  return all.filter((p) => p.distributionId === distributionId && p.userId === userId);
}

export async function dismissProblem(id: string): Promise<void> {
  await (await database()).delete("problems", id);
}

// The copy of one distribution and the day screen pages the service worker kept for it.
export async function eraseDay(distributionId: string): Promise<void> {
  await (await database()).delete("days", distributionId);
  await forgetCachedPages((id) => id === distributionId);
}

export async function eraseExpired(now = Date.now()): Promise<void> {
  const days = await (await database()).getAll("days");
  for (const stored of days) if (now - stored.savedAt > COPY_LIFETIME_MS) await eraseDay(stored.distributionId);
}

// At sign-out: every copy, every cached day screen, every answer, and the queue of whoever signs out (the caller
// has sent it first). Another account's waiting operations stay for its next sign-in: they hold no names.
export async function eraseAtSignOut(userId: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(["days", "operations", "problems"], "readwrite");
  await tx.objectStore("days").clear();
  await tx.objectStore("problems").clear();
  let cursor = await tx.objectStore("operations").openCursor();
  while (cursor) {
    if (cursor.value.userId === userId) await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
  await forgetCachedPages(() => true);
}

// Whether this browser ever kept a day screen offline (most people never open one: their sign-out creates nothing).
export async function hasOfflineData(): Promise<boolean> {
  if (typeof indexedDB.databases !== "function") return true;
  return (await indexedDB.databases()).some((d) => d.name === DATABASE_NAME);
}

async function forgetCachedPages(matches: (distributionId: string) => boolean): Promise<void> {
  if (typeof caches === "undefined" || !(await caches.has(DAY_SCREEN_CACHE))) return;
  const cache = await caches.open(DAY_SCREEN_CACHE);
  for (const request of await cache.keys()) {
    const distributionId = dayScreenDistributionId(new URL(request.url).pathname);
    if (distributionId && matches(distributionId)) await cache.delete(request);
  }
}
