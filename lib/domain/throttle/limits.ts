import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// How often people may try the actions that an attacker would repeat. Counters live in the database (the
// RateLimit table) so that several instances share them. Fixed windows, as rate-limiter-flexible counts.
export const LIMITS = {
  // Wrong passwords for one account from one address: the tight limit, which only locks that address out.
  signInAccountIp: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  // Wrong passwords for one account from anywhere: past it, only addresses with no failure yet may try, so a
  // distributed guess gets one try per address and the owner, who has not failed, still signs in.
  signInAccount: { points: 50, duration: 60 * 60 },
  passwordResetEmail: { points: 3, duration: 60 * 60 },
  passwordResetIp: { points: 10, duration: 60 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  // E-mails about an account sent to one address without its owner signed in: verification links (sign-up, and
  // a password sign-in before the address was confirmed) and « someone tried to sign up with your address ».
  accountEmailsByAddress: { points: 5, duration: 60 * 60 },
  // Requests to change one account's e-mail address, counted before the password is checked: it also bounds
  // guesses at the password from a session left open.
  emailChangesByUser: { points: 5, duration: 60 * 60 },
  // Invitation sends (one e-mail, or one CSV import) by one person.
  invitationsByUser: { points: 100, duration: 60 * 60 },
  // Images put into messages by one person: each is stored for good, and a message rarely needs more than a few.
  messageImagesByUser: { points: 30, duration: 60 * 60 },
  // Requests to the public read API (/api/v1) from one client address: a crawl of a market (its page, its
  // distributions, a few pages of products each) takes a few dozen.
  publicApiIp: { points: 120, duration: 60 },
  // Replies and conversations one member or producer sends to markets' inboxes: each reaches every admin by
  // e-mail, so nobody may flood them.
  messagesToMarketsByUser: { points: 20, duration: 60 * 60 },
  // Wrong API keys sent to the DFC export, per client address (or per producer when the address is unknown).
  dfcTokenFailures: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

// A refusal that says how long to wait, in whole minutes for people.
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", undefined, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

// One limiter per limit and per Prisma client (tests switch databases between files).
const limiters = new WeakMap<PrismaClient, Map<LimitName, RateLimiterPrisma>>();

function limiter(name: LimitName): RateLimiterPrisma {
  const client = db();
  let byName = limiters.get(client);
  if (!byName) limiters.set(client, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: client,
      tableName: "rateLimit",
      keyPrefix: name,
      clearExpiredByTimeout: false,
      ...LIMITS[name],
    });
    byName.set(name, found);
  }
  return found;
}

function waitOf(res: RateLimiterRes | null): number {
  return Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));
}

// Counts one use of `name` for `key`, or refuses when none is left.
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(waitOf(rejection));
    throw rejection;
  }
}

// Whether `key` may still try, without counting a use; null when it may.
export async function blockedFor(name: LimitName, key: string): Promise<RateLimitedError | null> {
  const res = await limiter(name).get(key);
  return res && res.consumedPoints >= LIMITS[name].points ? new RateLimitedError(waitOf(res)) : null;
}

export async function usedPoints(name: LimitName, key: string): Promise<number> {
  return (await limiter(name).get(key))?.consumedPoints ?? 0;
}

export async function forget(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
