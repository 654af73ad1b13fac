import { blockedFor, consume, forget, usedPoints } from "../throttle/limits";
import { verifyCredentials } from "./verify-credentials";

// Signing in with a password, within the limits: five wrong passwords for an account from one address lock
// that address out for a while; past fifty for the account from anywhere, only addresses that have not failed
// yet may try (a distributed guess gets one try each, and the owner can still sign in). The password is
// hashed once per attempt, and not at all while the attempt is refused.
export async function attemptSignIn({ email, password, ip }: { email: string; password: string; ip: string | null }) {
  const account = email.trim().toLowerCase();
  const pair = `${account}|${ip ?? "unknown"}`;
  const pairBlocked = await blockedFor("signInAccountIp", pair);
  if (pairBlocked) throw pairBlocked;
  const accountBlocked = await blockedFor("signInAccount", account);
  if (accountBlocked && (await usedPoints("signInAccountIp", pair)) > 0) throw accountBlocked;

  const user = await verifyCredentials(account, password);
  if (user) {
    await forget("signInAccountIp", pair);
    return user;
  }
  // Counting a failure never fails the answer: past the limit the next attempt is refused anyway.
  await Promise.allSettled([consume("signInAccountIp", pair), consume("signInAccount", account)]);
  return null;
}
