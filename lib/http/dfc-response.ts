import { createHash } from "node:crypto";
import { clientIp } from "@/lib/auth/client-ip";
import { readDfcExport, type DfcExportRequest } from "@/lib/domain/dfc/dfc-export";
import { appUrl } from "@/lib/env";

// The DFC export's HTTP answer: JSON-LD with an ETag (304 when the client already has it), the key read from
// « Authorization: Bearer », 401 with the scheme to use, 429 after too many wrong keys.
export async function dfcExportResponse(
  request: Request,
  target: Pick<DfcExportRequest, "producerId" | "productId">,
): Promise<Response> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
  const answer = await readDfcExport({
    ...target,
    bearer,
    requester: clientIp(request.headers),
    catalogId: new URL(request.url).searchParams.get("catalog"),
    baseUrl: appUrl(),
    now: new Date(),
  });
  if (answer.status === 429)
    return new Response("Too many requests", {
      status: 429,
      headers: { "Retry-After": String(answer.retryAfterSeconds) },
    });
  if (answer.status !== 200)
    return answer.status === 401
      ? new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="cabas-dfc"' } })
      : new Response("Not found", { status: 404 });
  const body = JSON.stringify(answer.document);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ETag: etag,
    // Each use asks again (a public catalog may close, a key be revoked); the ETag spares the body.
    "Cache-Control": "private, no-cache",
    Vary: "Authorization",
  };
  const seen = request.headers.get("if-none-match");
  if (seen && seen.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/ld+json; charset=utf-8" } });
}
