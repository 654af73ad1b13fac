"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { withOperations } from "@/lib/offline/apply-locally";
import { DAY_SCREEN_CACHE } from "@/lib/offline/day-screen-path";
import {
  COPY_LIFETIME_MS,
  dismissProblem as forgetProblem,
  eraseDay,
  eraseExpired,
  type Problem,
  problemsOf,
  queueOperation,
  queuedOperations,
  readDay,
  saveDay,
} from "@/lib/offline/local-store";
import type { NewOperation, OfflineDay } from "@/lib/offline/offline-day";
import { replayQueue } from "@/lib/offline/replay";

// offline: the last request failed or the browser says so; signed-out: the server wants a new sign-in before it
// takes the queue; syncing / waiting: operations not answered yet; synced: nothing left to send.
export type SyncStatus = "offline" | "signed-out" | "syncing" | "waiting" | "synced";

type OfflineDayValue = {
  // The phone's copy with the waiting operations applied: what the screen shows.
  day: OfflineDay;
  // When the phone received its copy (null until it is stored).
  savedAt: number | null;
  pending: number;
  problems: Problem[];
  status: SyncStatus;
  // The copy is stored and the page kept by the service worker: the screen will open without network.
  ready: boolean;
  enqueue: (operation: NewOperation) => Promise<void>;
  dismissProblem: (id: string) => Promise<void>;
};

const OfflineDayContext = createContext<OfflineDayValue | null>(null);

export function useOfflineDay(): OfflineDayValue {
  const value = useContext(OfflineDayContext);
  if (!value) throw new Error("useOfflineDay is used outside OfflineDayProvider");
  return value;
}

// Waiting operations are tried again this often, and the copy refreshed (another referent's changes) as often
// again when nothing waits.
const RETRY_MS = 15_000;
const REFRESH_EVERY = 4;

// The day screen, online or not. `initial` is the day as the page read it when it was rendered at `renderedAt`
// (server clock): fresh online, or the last copy the service worker kept when the page comes from its cache, in
// which case the phone's own copy (newer) wins. Everything the referent does is queued in IndexedDB, shown at once,
// and sent as soon as the network allows.
export function OfflineDayProvider({
  initial,
  renderedAt,
  userId,
  children,
}: {
  initial: OfflineDay;
  renderedAt: string;
  userId: string;
  children: ReactNode;
}) {
  const distributionId = initial.distribution.id;
  const [copy, setCopy] = useState<{ day: OfflineDay; savedAt: number | null }>({ day: initial, savedAt: null });
  const [queue, setQueue] = useState<DayOperation[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [network, setNetwork] = useState<"online" | "offline" | "signed-out">("online");
  const [syncing, setSyncing] = useState(false);
  const [ready, setReady] = useState(false);
  const replaying = useRef(false);
  const replayAgain = useRef(false);

  const reload = useCallback(async () => {
    const [stored, queued, found] = await Promise.all([
      readDay(distributionId),
      queuedOperations({ distributionId, userId }),
      problemsOf(distributionId, userId),
    ]);
    if (stored?.userId === userId) setCopy({ day: stored.day, savedAt: stored.savedAt });
    setQueue(queued.map((q) => q.operation));
    setProblems(found);
  }, [distributionId, userId]);

  // One replay at a time; a request for another while one runs (an operation just queued) runs it right after.
  const sync = useCallback(
    async ({ refresh = false } = {}) => {
      if (replaying.current) {
        replayAgain.current = true;
        return;
      }
      replaying.current = true;
      setSyncing(true);
      try {
        let outcome;
        do {
          replayAgain.current = false;
          outcome = await replayQueue({ distributionId, userId, refresh });
        } while (replayAgain.current && outcome === "synced");
        setNetwork(outcome === "offline" ? "offline" : outcome === "signed-out" ? "signed-out" : "online");
      } finally {
        replaying.current = false;
        setSyncing(false);
        await reload();
      }
    },
    [distributionId, userId, reload],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      await eraseExpired();
      if (!navigator.onLine) setNetwork("offline");
      const stored = await readDay(distributionId);
      const mine = stored?.userId === userId ? stored : undefined;
      // Another account's copy is not for this one.
      if (stored && !mine) await eraseDay(distributionId);
      const fresher = !mine || mine.serverTime < renderedAt;
      const expired = Date.now() - Date.parse(renderedAt) > COPY_LIFETIME_MS;
      if (initial.distribution.validatedAt || (fresher && expired)) await eraseDay(distributionId);
      else if (fresher)
        await saveDay({ distributionId, userId, day: initial, serverTime: renderedAt, savedAt: Date.now() });
      await reload();
      if (navigator.onLine) void sync();
      const kept = await keepPageForOffline();
      if (live) setReady(kept && !initial.distribution.validatedAt);
    })();
    const online = () => {
      setNetwork("online");
      void sync();
    };
    const offline = () => setNetwork("offline");
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      void eraseExpired().then(reload);
      if (navigator.onLine) void sync({ refresh: ticks % REFRESH_EVERY === 0 });
    }, RETRY_MS);
    return () => {
      live = false;
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      clearInterval(timer);
    };
    // Once per page: the page's own props do not change while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const enqueue = useCallback(
    async (fields: NewOperation) => {
      const operation = { ...fields, id: crypto.randomUUID(), takenAt: new Date().toISOString() } as DayOperation;
      await queueOperation({ distributionId, userId, operation });
      setQueue((queued) => [...queued, operation]);
      if (navigator.onLine) void sync();
    },
    [distributionId, userId, sync],
  );

  const dismissProblem = useCallback(
    async (id: string) => {
      await forgetProblem(id);
      setProblems((found) => found.filter((p) => p.id !== id));
    },
    [setProblems],
  );

  const day = useMemo(() => withOperations(copy.day, queue), [copy.day, queue]);
  const status: SyncStatus =
    network !== "online" ? network : queue.length === 0 ? "synced" : syncing ? "syncing" : "waiting";
  const value = useMemo(
    () => ({ day, savedAt: copy.savedAt, pending: queue.length, problems, status, ready, enqueue, dismissProblem }),
    [day, copy.savedAt, queue.length, problems, status, ready, enqueue, dismissProblem],
  );
  return <OfflineDayContext value={value}>{children}</OfflineDayContext>;
}

// The service worker (app/sw.ts, built by `serwist build`, so production builds only) keeps each day screen it
// fetches; a page reached by a link inside the app was never fetched as a document, so it is put in its cache here.
async function keepPageForOffline(): Promise<boolean> {
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return false;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" });
    await navigator.serviceWorker.ready;
    const cache = await caches.open(DAY_SCREEN_CACHE);
    if (!(await cache.match(location.pathname))) await cache.add(location.pathname);
    return true;
  } catch {
    return false;
  }
}
