import { createHash } from "node:crypto";
import { clientIp } from "@/lib/auth/client-ip";
import { DomainError } from "@/lib/domain/errors";
import { consume, RateLimitedError } from "@/lib/domain/throttle/limits";

// How every answer of the public read API (/api/v1) is sent (README, Interoperability): read-only JSON that any
// site may fetch (CORS), that shared caches may keep a minute and serve a while longer as they check it again,
// with an ETag so that checking costs no body, and a per-address request limit.

export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
};

// Where no proxy vouches for the client's address (TRUSTED_PROXY_COUNT=0, lib/auth/client-ip.ts), the requests
// whose address is unknown share one count: a forged X-Forwarded-For must not buy a fresh one.
const UNKNOWN_CLIENT = "unknown";

export type ApiErrorCode = "not_found" | "invalid_parameter" | "rate_limited";

// A refusal that a handler's read throws, answered with the error shape.
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// { "error": { "code", "message" } }: the code is stable, the message is for the developer reading it.
function errorResponse(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
  return Response.json(
    { error: { code, message } },
    { status, headers: { ...CORS, "Cache-Control": "no-store", ...headers } },
  );
}

// An If-None-Match list names the current version (weak comparison, RFC 9110 §13.1.2).
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

// A GET of /api/v1: counts the request against its address's limit, then answers what `read` gives, a 304 when
// the client already has it. `read` throws DomainError NOT_FOUND (the public reads' own) for an address that
// names nothing public, or an ApiError.
export async function publicApiGet(request: Request, read: () => Promise<unknown>): Promise<Response> {
  try {
    await consume("publicApiIp", clientIp(request.headers) ?? UNKNOWN_CLIENT);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const wait = String(error.retryAfterSeconds);
    return errorResponse(429, "rate_limited", `Too many requests: try again in ${wait} s.`, { "Retry-After": wait });
  }
  let data: unknown;
  try {
    data = await read();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return errorResponse(404, "not_found", "Nothing public at this address.");
    throw error;
  }
  const body = JSON.stringify(data);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { ...CORS, "Cache-Control": API_CACHE_CONTROL, ETag: etag };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

// A browser's preflight, asked before a GET that sends If-None-Match from another site.
export function publicApiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

// The `page` query parameter: 1 when absent, a whole number up to `max`, or an ApiError.
export function pageParameter(request: Request, max: number): number {
  const text = new URL(request.url).searchParams.get("page");
  if (text === null) return 1;
  const page = Number(text);
  if (!/^[1-9]\d*$/.test(text) || page > max)
    throw new ApiError(400, "invalid_parameter", `page must be a whole number from 1 to ${max}.`);
  return page;
}
