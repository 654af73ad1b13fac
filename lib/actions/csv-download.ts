import "server-only";
import type { Actor } from "@/lib/domain/access/actor";
import { journalCsv } from "@/lib/domain/ledger/journal-csv";
import type { JournalLine, JournalPeriod } from "@/lib/domain/ledger/list-journal";
import { journalPeriod } from "@/lib/domain/ledger/list-journal";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { domainErrorResponse, fileResponse, routeActor } from "./route-actor";

type DownloadContext = { actor: Actor; t: Messages; locale: Locale };
type File = { text: string; filename: string; contentType: string };

// A route handler's file download, written by `write` for the signed-in actor in their language: 401 without a
// session, 404 when the domain refuses (not theirs), the file otherwise.
export async function fileDownload(write: (context: DownloadContext) => Promise<File>): Promise<Response> {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { locale, t } = await getMessages();
  try {
    const file = await write({ actor, t, locale });
    return fileResponse(file.text, file.filename, file.contentType);
  } catch (error) {
    return domainErrorResponse(error);
  }
}

export function csvDownload(filename: string, write: (context: DownloadContext) => Promise<string>) {
  return fileDownload(async (context) => ({
    text: await write(context),
    filename,
    contentType: "text/csv; charset=utf-8",
  }));
}

// An entity's journal over the period of the query (`du`, `au`): as CSV, or as its FEC with `format=fec`.
export async function journalDownload(
  request: Request,
  csvFilename: string,
  entity: {
    journal: (context: DownloadContext & { period: JournalPeriod }) => Promise<JournalLine[]>;
    fec: (context: DownloadContext & { period: JournalPeriod }) => Promise<{ text: string; filename: string }>;
  },
): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const period = journalPeriod(query.get("du"), query.get("au"));
  if (!period) return new Response((await getMessages()).t.statements.invalidPeriod, { status: 400 });
  return fileDownload(async (context) => {
    if (query.get("format") === "fec")
      return { ...(await entity.fec({ ...context, period })), contentType: "text/plain; charset=utf-8" };
    return {
      text: journalCsv(await entity.journal({ ...context, period }), context.t.statements, context.locale),
      filename: csvFilename,
      contentType: "text/csv; charset=utf-8",
    };
  });
}
