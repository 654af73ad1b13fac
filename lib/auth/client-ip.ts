// The client's address, as the proxies in front of Cabas report it: with TRUSTED_PROXY_COUNT=N, the N-th
// address from the right of X-Forwarded-For (each proxy appends the address it saw; Vercel sets the client's
// and counts as 1). With 0, Next is reached directly and X-Forwarded-For is whatever the client sent, so no
// address is trusted and limits fall back to the account alone.
export function clientIp(headers: Headers, trustedProxies = trustedProxyCount()): string | null {
  if (trustedProxies <= 0) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : null;
}

export function trustedProxyCount(): number {
  const count = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
