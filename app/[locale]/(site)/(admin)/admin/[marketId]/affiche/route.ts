import { domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getMarketPoster } from "@/lib/domain/market-admin/market-poster";
import { marketLink } from "@/lib/market-link";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { renderMarketPosterPdf } from "@/lib/pdf/market-poster-pdf";

type Params = { locale: string; marketId: string };

// GET /admin/<marketId>/affiche — the market's shared link as an A4 poster to print (name, next distribution, QR
// code), in the page's language, for whoever may open the market's admin space (getMarketPoster checks who).
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { locale: asked, marketId } = await params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const t = messagesFor(locale);
  let poster;
  try {
    poster = await getMarketPoster({ actor, marketId, now: new Date() });
  } catch (error) {
    return domainErrorResponse(error);
  }
  const pdf = await renderMarketPosterPdf(poster, marketLink(poster.slug), { locale, t });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      // Opened in the browser, to print.
      "Content-Disposition": `inline; filename="${t.admin.share.posterFilename(poster.slug)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
