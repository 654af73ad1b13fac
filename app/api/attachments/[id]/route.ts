import { domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getAttachmentOrThrow } from "@/lib/domain/message/list-messages";
import { isAttachmentType } from "@/lib/domain/message/sniff-attachment";

// GET /api/attachments/<id> — a message's attachment, for its recipients and the market's message managers.
// Always a download, with the type read from its content when it was sent (files stored before that check
// are served as plain bytes), and nothing the browser would guess or run.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  try {
    const a = await getAttachmentOrThrow({ actor, attachmentId: (await params).id });
    return new Response(new Uint8Array(a.data), {
      headers: {
        "Content-Type": isAttachmentType(a.mimeType) ? a.mimeType : "application/octet-stream",
        "Content-Disposition": contentDisposition(a.filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return domainErrorResponse(error);
  }
}

// RFC 6266: an ASCII fallback, and the real name in UTF-8.
function contentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "piece-jointe";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
