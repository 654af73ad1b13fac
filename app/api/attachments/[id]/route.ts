import { domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getAttachmentOrThrow } from "@/lib/domain/message/list-messages";

// GET /api/attachments/<id> — a message's attachment, for its recipients and the market's message managers.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  try {
    const a = await getAttachmentOrThrow({ actor, attachmentId: (await params).id });
    return new Response(new Uint8Array(a.data), {
      headers: {
        "Content-Type": a.mimeType,
        "Content-Disposition": `attachment; filename="${encodeURIComponent(a.filename)}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return domainErrorResponse(error);
  }
}
