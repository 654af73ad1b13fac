import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

const holder = globalThis as unknown as { cabasPrisma?: PrismaClient; cabasPool?: pg.Pool };

// How long a query or a transaction may wait in line for a connection of the pool before it fails. Under load,
// requests wait their turn rather than fail: for a connection, and then for the row locks they need (50
// shoppers on the last 10 units of a product queue on its row).
export const QUEUE_WAIT_MS = 60_000;

// Created on first use, never at import: `next build` must not open a connection.
export function db(): PrismaClient {
  if (!holder.cabasPrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Start Cabas with `npm run dev` or `npm start`, which provide it.");
    }
    holder.cabasPool = new pg.Pool({
      connectionString,
      max: poolSize(connectionString),
      // The pool's queue is where requests wait: a waiter past this leaves the queue with an error.
      connectionTimeoutMillis: QUEUE_WAIT_MS,
    });
    // A connection lost while idle (the database restarted) is dropped by the pool and the next query opens
    // another; unheard, the pool's error event would end the process.
    holder.cabasPool.on("error", () => undefined);
    holder.cabasPrisma = new PrismaClient({
      adapter: new PrismaPg(holder.cabasPool),
      transactionOptions: {
        // Prisma's maxWait does not shorten a wait: it lets the transaction wait for its connection, then
        // rolls it back and throws P2028 if that took longer. It must not end a wait that the pool allows.
        maxWait: QUEUE_WAIT_MS + 10_000,
        // Counted once the transaction has its connection: its own statements, and the row locks they wait for.
        timeout: 20_000,
      },
    });
  }
  return holder.cabasPrisma;
}

// The URL's `connection_limit` (Prisma's own parameter: the embedded database's URL asks for one connection),
// else DATABASE_POOL_SIZE, else 10.
function poolSize(connectionString: string): number {
  const limit = URL.canParse(connectionString) ? new URL(connectionString).searchParams.get("connection_limit") : null;
  return Number(limit ?? process.env.DATABASE_POOL_SIZE ?? 10);
}

// Rows of one SQL statement, run on Prisma's own pool, for the reads every page view or basket change makes
// (lib/domain/personal, the session's check, the actor's rights): Prisma spends about 0.5 ms of CPU on each
// query it runs, raw ones included, where `pg` spends about 0.1 ms, and these reads are most of what those
// requests cost (README, Performance). Columns come as `pg` reads them: numerics and bigints as strings, JSON
// parsed, and timestamps to be avoided (a `timestamp` column would be read in the server's time zone).
export async function sqlRows<T>(text: string, values: unknown[]): Promise<T[]> {
  db();
  return (await holder.cabasPool!.query(text, values)).rows as T[];
}

export async function disconnectDb() {
  const { cabasPrisma, cabasPool } = holder;
  holder.cabasPrisma = undefined;
  holder.cabasPool = undefined;
  await cabasPrisma?.$disconnect();
  await cabasPool?.end();
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
