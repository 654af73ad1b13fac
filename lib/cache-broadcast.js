// Several `next start` processes on one PostgreSQL database are one Cabas (README, Deploy): each keeps its own
// cache of pages and reads (lib/cache-handler.js), so a tag dropped in one of them is sent to all the others with
// PostgreSQL's LISTEN/NOTIFY, and each drops it in its own cache. Off with the embedded database, which serves one
// process only (scripts/serve.ts says so with CABAS_EMBEDDED_DATABASE=1), and on Vercel, whose shared cache is one
// for every instance already.
// JavaScript (no `@/` imports), as lib/cache-handler.js, which imports it and which Node loads as it is.
import pg from "pg";

export const TAG_CHANNEL = "cabas_cache_tags";
// PostgreSQL refuses a notification of 8000 bytes or more; a tag is at most 256 characters (Next's limit).
export const MAX_PAYLOAD_BYTES = 7999;
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * What the broadcast does to this process's cache.
 * @typedef {{ dropTags: (tags: string[]) => void; dropAll: () => void }} LocalCache
 * @typedef {{ publish: (tags: string[]) => Promise<void>; stop: () => Promise<void> }} TagBroadcast
 * @typedef {Readonly<Record<string, string | undefined>>} Environment
 */

/** @param {Environment} env */
export function broadcastWanted(env) {
  return (
    Boolean(env.DATABASE_URL) &&
    env.CABAS_EMBEDDED_DATABASE !== "1" &&
    !env.VERCEL &&
    // `next build` renders pages too, alone
    env.NEXT_PHASE !== "phase-production-build"
  );
}

/**
 * Tags as notification payloads (JSON arrays), each within PostgreSQL's limit.
 * @param {string[]} tags
 */
export function payloads(tags) {
  /** @type {string[]} */
  const sent = [];
  /** @type {string[]} */
  let chunk = [];
  let bytes = 2; // the brackets
  for (const tag of tags) {
    const size = Buffer.byteLength(JSON.stringify(tag)) + 1; // and its comma
    if (chunk.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      sent.push(JSON.stringify(chunk));
      chunk = [];
      bytes = 2;
    }
    chunk.push(tag);
    bytes += size;
  }
  if (chunk.length > 0) sent.push(JSON.stringify(chunk));
  return sent;
}

/**
 * A notification's tags; null for what this module never sends (then everything is dropped, which is safe).
 * @param {string | undefined} payload
 * @returns {string[] | null}
 */
function readPayload(payload) {
  try {
    const tags = JSON.parse(payload ?? "");
    return Array.isArray(tags) && tags.every((tag) => typeof tag === "string") ? tags : null;
  } catch {
    return null;
  }
}

// The PostgreSQL server process behind a connection, which a notification names as its sender (pg keeps it for
// cancelling queries; its types leave it out).
/** @param {pg.Client} client */
const backendProcessId = (client) => /** @type {{ processID?: number }} */ (/** @type {unknown} */ (client)).processID;

/**
 * One JSON line on stdout, as the app's logger writes them (lib/log.ts, which this module cannot import).
 * @param {"info" | "warn"} level
 * @param {string} msg
 * @param {unknown} [error]
 */
function logLine(level, msg, error) {
  console.log(JSON.stringify({ level, time: new Date().toISOString(), msg, error: error && String(error) }));
}

/**
 * Listens on one connection of its own, and notifies through it. Whenever that connection is (again) listening,
 * this process's cache is dropped whole: notifications sent while it was not were missed, and dropping cached
 * pages is always safe. Tags dropped here meanwhile are sent then.
 * @param {string} databaseUrl
 * @param {LocalCache} local
 * @returns {TagBroadcast}
 */
export function startTagBroadcast(databaseUrl, local) {
  /** @type {pg.Client | undefined} the connection being opened, or listening */
  let current;
  /** @type {pg.Client | null} */
  let listening = null;
  /** @type {Set<string>} */
  const unsent = new Set();
  let retryMs = FIRST_RETRY_MS;
  let stopped = false;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;

  /** @param {string[]} tags */
  async function send(tags) {
    const client = listening;
    if (!client) {
      for (const tag of tags) unsent.add(tag);
      return;
    }
    try {
      for (const payload of payloads(tags)) await client.query("SELECT pg_notify($1, $2)", [TAG_CHANNEL, payload]);
    } catch (error) {
      // The connection is going: the tags go with the next one.
      for (const tag of tags) unsent.add(tag);
      logLine("warn", "Cache tags not broadcast yet", error);
    }
  }

  function connect() {
    // Keep-alive probes tell a connection that died silently (a network cut) from a quiet one.
    const client = new pg.Client({
      connectionString: databaseUrl,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    current = client;
    let over = false;
    /** @param {unknown} [error] */
    const lost = (error) => {
      if (over) return;
      over = true;
      if (listening === client) listening = null;
      client.end().catch(() => {});
      if (stopped) return;
      logLine("warn", `Cache broadcast not listening, trying again in ${retryMs} ms`, error ?? "connection closed");
      retry = setTimeout(connect, retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (message) => {
      // Its own notifications come back to the connection that sent them: this process dropped those tags already.
      if (message.channel !== TAG_CHANNEL || message.processId === backendProcessId(client)) return;
      const tags = readPayload(message.payload);
      if (tags) local.dropTags(tags);
      else local.dropAll();
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${TAG_CHANNEL}`))
      .then(() => {
        if (over || stopped) return;
        listening = client;
        retryMs = FIRST_RETRY_MS;
        local.dropAll();
        logLine("info", "Cache broadcast listening");
        const tags = [...unsent];
        unsent.clear();
        return tags.length > 0 ? send(tags) : undefined;
      })
      .catch(lost);
  }

  connect();
  return {
    publish: send,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await current?.end();
    },
  };
}
