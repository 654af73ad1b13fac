import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueNotice } from "../notice/queue-notice";

// « Nouveau membre »: an e-mail with a link; following it (after signing up or in) makes the person a member.
export async function inviteMember({ actor, marketId, email, appUrl, now }: { actor: Actor; marketId: string; email: string; appUrl: string; now: Date }) {
  requireMarketRight(actor, marketId, "members");
  const market = await db().market.findUniqueOrThrow({ where: { id: marketId }, select: { name: true } });
  const already = await db().membership.findFirst({ where: { marketId, leftAt: null, user: { email } }, select: { id: true } });
  if (already) throw new DomainError("ALREADY_MEMBER", "email");
  const { token, tokenHash } = newToken();
  const e = messagesFor("fr").admin.inviteMemberEmail;
  await db().$transaction(async (tx) => {
    const invitation = await tx.memberInvitation.create({ data: { marketId, email, tokenHash, invitedById: actor.userId }, select: { id: true } });
    await queueNotice(tx, {
      dedupeKey: `member-invite:${invitation.id}`,
      to: email,
      fromName: market.name,
      subject: e.subject(market.name),
      template: "member-invitation",
      props: { lang: "fr", preview: e.subject(market.name), heading: e.heading(market.name), paragraphs: [e.body], action: { label: e.action, url: `${appUrl}/invitation/${token}` }, footer: e.footer },
    });
  });
  return { invitedAt: now };
}

export async function getInvitationOrThrow(token: string) {
  const invitation = await db().memberInvitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, acceptedAt: true, market: { select: { id: true, name: true, slug: true } } } });
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
