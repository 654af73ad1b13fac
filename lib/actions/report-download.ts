import "server-only";
import { reportFilters, type ReportScope } from "@/lib/domain/report/report-filters";
import { reportCsvStream, reportXlsxStream } from "@/lib/domain/report/report-export";
import { reportLines } from "@/lib/domain/report/report-lines";
import { getMessages } from "@/lib/i18n/server";
import { DEFAULT_TIME_ZONE, localDay } from "@/lib/time";
import { domainErrorResponse, routeActor } from "./route-actor";

const FORMATS = {
  csv: { stream: reportCsvStream, type: "text/csv; charset=utf-8" },
  xlsx: {
    stream: reportXlsxStream,
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
} as const;

// A report's lines as a file (?format=csv|xlsx and the page's filters), streamed as they are read: the first
// bytes leave before the last line is read, whatever the length. 401 without a session, 404 when not theirs.
export async function reportDownload(request: Request, scope: ReportScope): Promise<Response> {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = query.format === "xlsx" ? "xlsx" : "csv";
  const filters = reportFilters(query, localDay(new Date(), DEFAULT_TIME_ZONE));
  const { t } = await getMessages();
  try {
    const lines = reportLines({ actor, scope, filters });
    return new Response(FORMATS[format].stream(lines, t.reports), {
      headers: {
        "Content-Type": FORMATS[format].type,
        "Content-Disposition": `attachment; filename="${t.reports.filename}-${filters.from}-${filters.to}.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return domainErrorResponse(error);
  }
}
