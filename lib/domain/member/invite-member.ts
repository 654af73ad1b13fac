import { hashToken, newToken } from "@/lib/auth/tokens";
import { db, type Tx } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueNotice } from "../notice/queue-notice";

// « Nouveau membre »: an e-mail with a link; following it (after signing up or in) makes the person a member.
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
  const market = await db().market.findUniqueOrThrow({ where: { id: marketId }, select: { name: true } });
  const already = await db().membership.findFirst({
    where: { marketId, leftAt: null, user: { email } },
    select: { id: true },
  });
  if (already) throw new DomainError("ALREADY_MEMBER", "email");
  await db().$transaction((tx) =>
    createInvitation(tx, { marketId, marketName: market.name, email, invitedById: actor.userId, appUrl }),
  );
  return { invitedAt: now };
}

// The invitee has no account yet, so no known language: invitations are in French, the market's language.
export async function createInvitation(
  tx: Tx,
  {
    marketId,
    marketName,
    email,
    invitedById,
    appUrl,
  }: { marketId: string; marketName: string; email: string; invitedById: string; appUrl: string },
) {
  const { token, tokenHash } = newToken();
  const e = messagesFor("fr").admin.inviteMemberEmail;
  const invitation = await tx.memberInvitation.create({
    data: { marketId, email, tokenHash, invitedById },
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
      paragraphs: [e.body],
      action: { label: e.action, url: `${appUrl}/invitation/${token}` },
      footer: e.footer,
    },
  });
}

export async function getInvitationOrThrow(token: string) {
  const invitation = await db().memberInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, acceptedAt: true, market: { select: { id: true, name: true, slug: true } } },
  });
  if (!invitation) throw new DomainError("NOT_FOUND");
  return invitation;
}

export async function acceptInvitation({ actor, token, now }: { actor: Actor; token: string; now: Date }) {
  const invitation = await getInvitationOrThrow(token);
  await db().$transaction([
    db().membership.upsert({
      where: { marketId_userId: { marketId: invitation.market.id, userId: actor.userId } },
      create: { marketId: invitation.market.id, userId: actor.userId },
      update: { leftAt: null },
    }),
    db().memberInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: invitation.acceptedAt ?? now } }),
  ]);
  return invitation.market;
}
