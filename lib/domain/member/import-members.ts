import { readCsv } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { emailSchema } from "@/lib/validation/auth";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { consume } from "../throttle/limits";
import { createInvitation, invitationState, requireInvitationsLeftToday } from "./invite-member";

export type MemberRow = { line: number; firstName: string; lastName: string; email: string; error: string | null };

// A header names the e-mail column; a first row with an address in it is a person (« sarah@gmail.com »).
const isHeader = ([, , email = ""]: string[]) => /mail/i.test(email) && !email.includes("@");

// « prénom;nom;e-mail » per line (commas or tabs work too; a header line is skipped). Each row gets its error
// code, if any, so the admin sees every problem at once before anything is written.
export function parseMemberRows(text: string): MemberRow[] {
  const { records, error: unreadable } = readCsv(text, { isHeader });
  const seen = new Set<string>();
  const rows = records.map(({ line, cells: [firstName = "", lastName = "", email = ""] }) => {
    const parsed = emailSchema.safeParse(email);
    const normalized = parsed.success ? parsed.data : email;
    let error: string | null = null;
    if (!firstName || !lastName) error = "CSV_NAME_MISSING";
    else if (!parsed.success) error = "CSV_EMAIL_INVALID";
    else if (seen.has(normalized)) error = "CSV_EMAIL_DUPLICATE";
    seen.add(normalized);
    return { line, firstName, lastName, email: normalized, error };
  });
  return unreadable
    ? [...rows, { line: unreadable.line, firstName: "", lastName: "", email: "", error: unreadable.code }]
    : rows;
}

// What the admin sees before importing (each row and its problem), for those who may import only.
export function previewMemberImport({ actor, marketId, text }: { actor: Actor; marketId: string; text: string }) {
  requireMarketRight(actor, marketId, "members");
  return parseMemberRows(text);
}

// All or nothing: with one bad row nothing is sent. Every person gets an invitation to accept (nobody is made a
// member from a file); active members and addresses invited in the last 24 hours are skipped.
export async function importMembers({
  actor,
  marketId,
  text,
  appUrl,
  now,
}: {
  actor: Actor;
  marketId: string;
  text: string;
  appUrl: string;
  now: Date;
}) {
  const rows = previewMemberImport({ actor, marketId, text });
  if (rows.length === 0) throw new DomainError("CSV_EMPTY", "csv");
  if (rows.some((r) => r.error)) throw new DomainError("CSV_HAS_ERRORS", "csv");
  await consume("invitationsByUser", actor.userId);
  return db().$transaction(
    async (tx) => {
      const market = await tx.market.findUniqueOrThrow({ where: { id: marketId }, select: { name: true } });
      const { members, invitedToday } = await invitationState(tx, { marketId, emails: rows.map((r) => r.email), now });
      const toInvite = rows.filter((r) => !members.has(r.email) && !invitedToday.has(r.email));
      await requireInvitationsLeftToday(tx, { marketId, count: toInvite.length, now });
      for (const row of toInvite) {
        await createInvitation(tx, {
          marketId,
          marketName: market.name,
          email: row.email,
          invitedById: actor.userId,
          appUrl,
          now,
        });
      }
      return { invited: toInvite.length, skipped: rows.length - toInvite.length };
    },
    { timeout: 120_000 },
  );
}
