import { domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import {
  buildSignInSheet,
  COLUMN_PARAM,
  readSignInSheetOptions,
  SORT_PARAM,
} from "@/lib/domain/distribution-day/sign-in-sheet";
import { formatInZone } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { renderSignInSheetPdf } from "@/lib/pdf/sign-in-sheet-pdf";

type Params = { locale: string; marketId: string; distributionId: string };

// GET …/distributions/<id>/emargement/pdf?colonnes=…&tri=… — the sign-in sheet the page beside shows, as an A4 PDF
// in the page's language, for whoever may open the distribution's day screen (getDistributionDay checks who).
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { locale: asked, marketId, distributionId } = await params;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const t = messagesFor(locale);
  let day;
  try {
    day = await getDistributionDay({ actor, marketId, distributionId, now: new Date() });
  } catch (error) {
    return domainErrorResponse(error);
  }
  const query = new URL(request.url).searchParams;
  const options = readSignInSheetOptions({
    [COLUMN_PARAM]: query.getAll(COLUMN_PARAM),
    [SORT_PARAM]: query.getAll(SORT_PARAM),
  });
  const pdf = await renderSignInSheetPdf(buildSignInSheet(day, options, { locale, t }), { locale, t });
  const { pickupStartAt, market } = day.distribution;
  const filename = t.admin.sheet.filename(formatInZone(pickupStartAt, "yyyy-MM-dd", market.timeZone, locale));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Names and phone numbers: kept by no cache on the way.
      "Cache-Control": "private, no-store",
    },
  });
}
