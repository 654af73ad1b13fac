import { lookup as dnsCallbackLookup, type LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Readable } from "node:stream";
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

// Node's fetch resolves the host again when it connects: a name whose answer changed since the check (DNS
// rebinding) would reach an address the check refused. This client checks the addresses it connects to.
const publicOnlyLookup: LookupFunction = (hostname, options, callback) =>
  dnsCallbackLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    if (addresses.length === 0 || addresses.some((a) => isForbiddenAddress(a.address)))
      return callback(new DomainError("DFC_URL_FORBIDDEN", "url"), "", 0);
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });

const NO_BODY = new Set([101, 204, 205, 304]);

const publicOnlyFetch: typeof fetch = (input, init) =>
  new Promise((resolve, reject) => {
    const request = https.get(
      String(input),
      {
        headers: init?.headers as Record<string, string>,
        signal: init?.signal ?? undefined,
        lookup: publicOnlyLookup,
      },
      (response) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers))
          for (const v of [value ?? []].flat()) headers.append(name, v);
        const status = response.statusCode ?? 502;
        const body = NO_BODY.has(status) ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
        if (!body) response.resume();
        resolve(new Response(body, { status, headers }));
      },
    );
    request.on("error", reject);
  });

// A DFC catalog read from a producer's https:// address: the host must resolve to public addresses only, the
// answer come within 10 s and weigh 20 MB at most; redirects are not followed (each would need the same checks).
export async function fetchDfcUrl(
  url: string,
  {
    lookup = systemLookup,
    fetcher = publicOnlyFetch,
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
  } catch (error) {
    if (error instanceof DomainError) throw error;
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
