import { appUrl as defaultAppUrl } from "@/lib/env";
import { DomainError } from "../errors";
import { blockedFor, consume, forget, usedPoints } from "../throttle/limits";
import { mayEmailAddress, sendEmailVerification } from "./send-email-verification";
import { verifyCredentials } from "./verify-credentials";

// Signing in with a password, within the limits: five wrong passwords for an account from one address lock
// that address out for a while; past fifty for the account from anywhere, only addresses that have not failed
// yet may try (a distributed guess gets one try each, and the owner can still sign in). The password is
// hashed once per attempt, and not at all while the attempt is refused.
// The right password of an account whose address was never confirmed does not sign in: a new link is sent
// (within the per-address limit) and the refusal says so. Only the right password learns it, so it tells nobody
// else whether the address has an account.
export async function attemptSignIn({
  email,
  password,
  ip,
  callbackUrl = "/",
  appUrl = defaultAppUrl(),
  now = new Date(),
}: {
  email: string;
  password: string;
  ip: string | null;
  callbackUrl?: string;
  appUrl?: string;
  now?: Date;
}) {
  const account = email.trim().toLowerCase();
  const pair = `${account}|${ip ?? "unknown"}`;
  const pairBlocked = await blockedFor("signInAccountIp", pair);
  if (pairBlocked) throw pairBlocked;
  const accountBlocked = await blockedFor("signInAccount", account);
  if (accountBlocked && (await usedPoints("signInAccountIp", pair)) > 0) throw accountBlocked;

  const found = await verifyCredentials(account, password);
  if (found) {
    await forget("signInAccountIp", pair);
    const { emailVerified, firstName, ...user } = found;
    if (!emailVerified) {
      if (await mayEmailAddress(user.email))
        await sendEmailVerification({ user: { ...user, firstName }, callbackUrl, appUrl, now });
      throw new DomainError("EMAIL_NOT_VERIFIED");
    }
    return user;
  }
  // Counting a failure never fails the answer: past the limit the next attempt is refused anyway.
  await Promise.allSettled([consume("signInAccountIp", pair), consume("signInAccount", account)]);
  return null;
}
