import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const holder = globalThis as unknown as { cabasPrisma?: PrismaClient };

// The SQL statements the code under test sends while `run` runs: lib/db/client's db() is swapped for a client on
// the same database that reports each statement (Prisma's query event), then put back.
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
    log: [{ emit: "event", level: "query" }],
  });
  counting.$on("query", (event) => queries.push(event.query));
  const previous = holder.cabasPrisma;
  holder.cabasPrisma = counting;
  try {
    return { result: await run(), queries };
  } finally {
    holder.cabasPrisma = previous;
    await counting.$disconnect();
  }
}
