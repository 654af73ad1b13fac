import "server-only";
import type { Actor } from "@/lib/domain/access/actor";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { csvResponse, domainErrorResponse, routeActor } from "./route-actor";

// A route handler's CSV download, written by `write` for the signed-in actor in their language: 401 without a
// session, 404 when the domain refuses (not theirs), the file otherwise.
export async function csvDownload(
  filename: string,
  write: (context: { actor: Actor; t: Messages; locale: Locale }) => Promise<string>,
): Promise<Response> {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { locale, t } = await getMessages();
  try {
    return csvResponse(await write({ actor, t, locale }), filename);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
