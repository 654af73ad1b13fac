import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { readLimitedText } from "@/lib/http/read-limited-text";
import { DomainError } from "../errors";
import { MAX_DFC_BYTES } from "./read-dfc-catalog";

const TIMEOUT_MS = 10_000;

export type Lookup = (host: string) => Promise<{ address: string }[]>;

const systemLookup: Lookup = (host) => dnsLookup(host, { all: true });

// Addresses a producer's URL must not reach: Cabas's own machine and the networks behind it (loopback,
// private, link-local — cloud metadata lives there —, carrier-grade NAT, unspecified, multicast and reserved).
export function isForbiddenAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped) return isForbiddenAddress(mapped[1]);
    return a === "::" || a === "::1" || /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || a.startsWith("ff");
  }
  const [a, b] = address.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

// A DFC catalog read from a producer's https:// address: the host must resolve to public addresses only, the
// answer come within 10 s and weigh 20 MB at most; redirects are not followed (each would need the same checks).
export async function fetchDfcUrl(
  url: string,
  {
    lookup = systemLookup,
    fetcher = fetch,
    timeoutMs = TIMEOUT_MS,
  }: { lookup?: Lookup; fetcher?: typeof fetch; timeoutMs?: number } = {},
): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DomainError("DFC_URL_INVALID", "url");
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password)
    throw new DomainError("DFC_URL_INVALID", "url");
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) ? [{ address: host }] : await lookup(host);
  } catch {
    throw new DomainError("DFC_URL_UNREACHABLE", "url");
  }
  if (addresses.length === 0 || addresses.some((a) => isForbiddenAddress(a.address)))
    throw new DomainError("DFC_URL_FORBIDDEN", "url");
  let response: Response;
  try {
    response = await fetcher(parsed, {
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { Accept: "application/ld+json, application/json" },
    });
  } catch {
    throw new DomainError("DFC_URL_UNREACHABLE", "url");
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DomainError("DFC_URL_STATUS", "url", { status: response.status });
  }
  let text: string | null;
  try {
    text = await readLimitedText(response, MAX_DFC_BYTES);
  } catch {
    throw new DomainError("DFC_URL_UNREACHABLE", "url");
  }
  if (text === null) throw new DomainError("DFC_TOO_LARGE", "url");
  return text;
}
