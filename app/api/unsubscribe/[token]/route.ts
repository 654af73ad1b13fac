import { unsubscribeWithToken } from "@/lib/domain/account/unsubscribe";
import { DomainError } from "@/lib/domain/errors";

// POST /desabonnement/<token> — next.config.mjs sends a POST of that address here (a GET there is the page that
// asks for confirmation). RFC 8058 one-click unsubscribe: the mail client posts « List-Unsubscribe=One-Click »
// without cookies or sign-in, so there is no CSRF token; the signed token is the credential, and using it
// again changes nothing. The confirmation page's button posts here too, and goes back to that page.
// No GET handler on purpose: following a link must never unsubscribe anyone.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  try {
    await unsubscribeWithToken({ token, now: new Date() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") {
      return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
  if (form?.get("source") === "page") {
    return new Response(null, {
      status: 303,
      headers: { Location: `/desabonnement/${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
    });
  }
  return new Response("Unsubscribed", {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
