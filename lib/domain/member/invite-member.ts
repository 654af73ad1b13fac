import { addDays, subDays } from "date-fns";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db, type Tx } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { enterMarket } from "../membership/enter-market";
import { queueNotice } from "../notice/queue-notice";
import { consume } from "../throttle/limits";
import { requireVerifiedEmail } from "../user/require-verified-email";

// Nobody becomes a member of a market they never chose: an admin adding someone by e-mail (or by CSV) only
// sends an invitation, which the person accepts while signed in with that very address. An invitation is used
// once and expires; an address is invited at most once a day, and a market sends a bounded number a day.
export const INVITATION_VALID_DAYS = 14;
export const MAX_INVITATIONS_PER_DAY = 2000;

export async function inviteMember({
  actor,
  marketId,
  email,
  appUrl,
  now,
}: {
  actor: Actor;
  marketId: string;
  email: string;
  appUrl: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "members");
  await consume("invitationsByUser", actor.userId);
  await db().$transaction(async (tx) => {
    const market = await tx.market.findUniqueOrThrow({ where: { id: marketId }, select: { name: true } });
    const { members, invitedToday } = await invitationState(tx, { marketId, emails: [email], now });
    if (members.has(email)) throw new DomainError("ALREADY_MEMBER", "email");
    if (invitedToday.has(email)) throw new DomainError("INVITATION_ALREADY_SENT", "email");
    await requireInvitationsLeftToday(tx, { marketId, count: 1, now });
    await createInvitation(tx, { marketId, marketName: market.name, email, invitedById: actor.userId, appUrl, now });
  });
  return { invitedAt: now };
}

// Which of these addresses are active members, and which were already invited in the last 24 hours.
export async function invitationState(
  tx: Tx,
  { marketId, emails, now }: { marketId: string; emails: string[]; now: Date },
) {
  const [members, recent] = await Promise.all([
    tx.membership.findMany({
      where: { marketId, leftAt: null, user: { email: { in: emails } } },
      select: { user: { select: { email: true } } },
    }),
    tx.memberInvitation.findMany({
      where: { marketId, email: { in: emails }, createdAt: { gt: subDays(now, 1) } },
      select: { email: true },
    }),
  ]);
  return { members: new Set(members.map((m) => m.user.email)), invitedToday: new Set(recent.map((i) => i.email)) };
}

export async function requireInvitationsLeftToday(
  tx: Tx,
  { marketId, count, now }: { marketId: string; count: number; now: Date },
) {
  const sent = await tx.memberInvitation.count({ where: { marketId, createdAt: { gt: subDays(now, 1) } } });
  if (sent + count > MAX_INVITATIONS_PER_DAY) throw new DomainError("INVITATIONS_DAILY_LIMIT");
}

// The invitee may have no account yet, so no known language: invitations are in French, the market's language.
export async function createInvitation(
  tx: Tx,
  {
    marketId,
    marketName,
    email,
    invitedById,
    appUrl,
    now,
  }: { marketId: string; marketName: string; email: string; invitedById: string; appUrl: string; now: Date },
) {
  const { token, tokenHash } = newToken();
  const e = messagesFor("fr").admin.inviteMemberEmail;
  const invitation = await tx.memberInvitation.create({
    data: { marketId, email, tokenHash, invitedById, createdAt: now },
    select: { id: true },
  });
  await queueNotice(tx, {
    dedupeKey: `member-invite:${invitation.id}`,
    to: email,
    fromName: marketName,
    subject: e.subject(marketName),
    template: "member-invitation",
    props: {
      lang: "fr",
      preview: e.subject(marketName),
      heading: e.heading(marketName),
      paragraphs: [e.body(INVITATION_VALID_DAYS)],
      action: { label: e.action, url: `${appUrl}/invitation/${token}` },
      footer: e.footer,
    },
  });
}

export type InvitationStatus = "OPEN" | "USED" | "EXPIRED" | "OTHER_ADDRESS";

// What the invitation page shows, for whoever opens it (signed in or not): the market, the address it was sent
// to, and whether this person can still accept it.
export async function getInvitationOrThrow({
  token,
  viewerId,
  now,
}: {
  token: string;
  viewerId: string | null;
  now: Date;
}) {
  const [invitation, viewer] = await Promise.all([
    db().memberInvitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true,
        email: true,
        createdAt: true,
        acceptedAt: true,
        market: { select: { id: true, name: true, slug: true } },
      },
    }),
    viewerId ? db().user.findUnique({ where: { id: viewerId }, select: { email: true } }) : null,
  ]);
  if (!invitation) throw new DomainError("NOT_FOUND");
  const status: InvitationStatus = invitation.acceptedAt
    ? "USED"
    : addDays(invitation.createdAt, INVITATION_VALID_DAYS) <= now
      ? "EXPIRED"
      : viewer && viewer.email !== invitation.email
        ? "OTHER_ADDRESS"
        : "OPEN";
  return { id: invitation.id, email: invitation.email, market: invitation.market, status };
}

const REFUSAL: Record<Exclude<InvitationStatus, "OPEN">, string> = {
  USED: "INVITATION_USED",
  EXPIRED: "INVITATION_EXPIRED",
  OTHER_ADDRESS: "INVITATION_OTHER_ADDRESS",
};

export async function acceptInvitation({ actor, token, now }: { actor: Actor; token: string; now: Date }) {
  const invitation = await getInvitationOrThrow({ token, viewerId: actor.userId, now });
  if (invitation.status !== "OPEN") throw new DomainError(REFUSAL[invitation.status]);
  // The invitation went to an address: only its confirmed owner may take it.
  await requireVerifiedEmail(db(), actor.userId);
  await db().$transaction(async (tx) => {
    const used = await tx.memberInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    });
    if (used.count === 0) throw new DomainError("INVITATION_USED");
    await enterMarket(tx, { marketId: invitation.market.id, userId: actor.userId, now });
  });
  return invitation.market;
}
