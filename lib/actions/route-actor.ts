import "server-only";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";

// For route handlers (CSV exports): the signed-in actor, or the HTTP answer to give instead.
export async function routeActor() {
  const userId = await currentUserId();
  return userId ? loadActor(userId) : null;
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
