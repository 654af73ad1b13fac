import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

const holder = globalThis as unknown as { cabasPrisma?: PrismaClient };

// Created on first use, never at import: `next build` must not open a connection.
export function db(): PrismaClient {
  if (!holder.cabasPrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Start Cabas with `npm run dev` or `npm start`, which provide it.");
    }
    holder.cabasPrisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
      // Under load, requests wait their turn for a connection and for the row locks they need (50 shoppers on
      // the last 10 units of a product queue on its row): Prisma's defaults (2 s to get a connection, 5 s a
      // transaction) would fail them instead.
      transactionOptions: { maxWait: 15_000, timeout: 20_000 },
    });
  }
  return holder.cabasPrisma;
}

export async function disconnectDb() {
  await holder.cabasPrisma?.$disconnect();
  holder.cabasPrisma = undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
