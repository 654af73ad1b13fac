import "server-only";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";

// For route handlers (CSV exports): the signed-in actor, or the HTTP answer to give instead.
export async function routeActor() {
  const userId = await currentUserId();
  return userId ? loadActor(userId) : null;
}

// A write a page's script sends itself (a basket change): from a page of this site, as JSON. A browser says where
// a request comes from (Origin) and lets no other site send JSON without asking first; the check server actions
// make, by the host the request reached (a proxy's forwarded host first, as Next reads it).
export function isSameOriginJson(request: Request): boolean {
  if (!request.headers.get("content-type")?.startsWith("application/json")) return false;
  const origin = request.headers.get("origin");
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0].trim();
  if (!origin || !host || !URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}

export function domainErrorResponse(error: unknown): Response {
  if (error instanceof DomainError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND"))
    return new Response("Not found", { status: 404 });
  throw error;
}

export function csvResponse(csv: string, filename: string): Response {
  return fileResponse(csv, filename, "text/csv; charset=utf-8");
}

export function fileResponse(body: string, filename: string, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"` },
  });
}

// A drawn document (invoice, statement, receipt): private to its reader, never cached on the way.
export function pdfResponse(pdf: Uint8Array, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
