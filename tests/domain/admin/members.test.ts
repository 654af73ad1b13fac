import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { acceptInvitation, inviteMember } from "@/lib/domain/member/invite-member";
import { listMembers } from "@/lib/domain/member/list-members";
import { removeMember, setMemberRights } from "@/lib/domain/member/manage-members";
import { createMarket, createMembership, createUser } from "../../support/factories";

const none = { isAdmin: false, canManageCatalogs: false, canManageMembers: false, canManageMessages: false };

describe("members", () => {
  it("invites by e-mail; following the link makes the person a member", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const adminActor = await loadActor(admin.id);
    await inviteMember({
      actor: adminActor,
      marketId: market.id,
      email: "nouvelle@example.test",
      appUrl: "http://cabas.test",
      now: new Date(),
    });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "nouvelle@example.test" } });
    const token = /invitation\/([\w-]+)/.exec(mail.text!)![1];
    const invitee = await createUser({ email: "nouvelle@example.test" });
    await acceptInvitation({ actor: await loadActor(invitee.id), token, now: new Date() });
    expect((await listMembers({ actor: adminActor, marketId: market.id })).map((m) => m.user.email)).toContain(
      "nouvelle@example.test",
    );
    await expect(
      inviteMember({
        actor: adminActor,
        marketId: market.id,
        email: "nouvelle@example.test",
        appUrl: "",
        now: new Date(),
      }),
    ).rejects.toEqual(new DomainError("ALREADY_MEMBER", "email"));
  });

  it("an invitation is bound to its address, used once, expires, and is not re-sent the same day", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const adminActor = await loadActor(admin.id);
    const sentAt = new Date("2026-06-01T10:00:00Z");
    const invite = (email: string, now = sentAt) =>
      inviteMember({ actor: adminActor, marketId: market.id, email, appUrl: "http://cabas.test", now });
    const tokenFor = async (email: string) => {
      const mails = await db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
      return /invitation\/([\w-]+)/.exec(mails[0].text!)![1];
    };

    await invite("ines@example.test");
    await expect(invite("ines@example.test")).rejects.toEqual(new DomainError("INVITATION_ALREADY_SENT", "email"));
    const token = await tokenFor("ines@example.test");
    const stranger = await loadActor((await createUser({ email: "autre@example.test" })).id);
    await expect(acceptInvitation({ actor: stranger, token, now: sentAt })).rejects.toEqual(
      new DomainError("INVITATION_OTHER_ADDRESS"),
    );
    expect(stranger.markets.has(market.id)).toBe(false);
    expect(await db().membership.count({ where: { marketId: market.id, userId: stranger.userId } })).toBe(0);

    const ines = await loadActor((await createUser({ email: "ines@example.test" })).id);
    await acceptInvitation({ actor: ines, token, now: sentAt });
    await expect(acceptInvitation({ actor: ines, token, now: sentAt })).rejects.toEqual(
      new DomainError("INVITATION_USED"),
    );

    await invite("tardif@example.test");
    const late = await loadActor((await createUser({ email: "tardif@example.test" })).id);
    await expect(
      acceptInvitation({ actor: late, token: await tokenFor("tardif@example.test"), now: addDays(sentAt, 15) }),
    ).rejects.toEqual(new DomainError("INVITATION_EXPIRED"));
    await invite("tardif@example.test", addDays(sentAt, 15));
    await acceptInvitation({ actor: late, token: await tokenFor("tardif@example.test"), now: addDays(sentAt, 15) });
    expect((await loadActor(late.userId)).markets.has(market.id)).toBe(true);
  });

  it("grants rights, keeps one admin, and lets no member without the right manage others", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const member = await createUser();
    await createMembership(market.id, member.id);
    const adminActor = await loadActor(admin.id);
    await setMemberRights({
      actor: adminActor,
      marketId: market.id,
      userId: member.id,
      rights: { ...none, canManageMembers: true },
    });
    const manager = await loadActor(member.id);
    await expect(
      setMemberRights({
        actor: manager,
        marketId: market.id,
        userId: member.id,
        rights: { ...none, isAdmin: true, canManageMembers: true },
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(
      setMemberRights({ actor: adminActor, marketId: market.id, userId: admin.id, rights: none }),
    ).rejects.toEqual(new DomainError("LAST_ADMIN"));
    await expect(
      removeMember({ actor: adminActor, marketId: market.id, userId: admin.id, now: new Date() }),
    ).rejects.toEqual(new DomainError("LAST_ADMIN"));
    await removeMember({ actor: adminActor, marketId: market.id, userId: member.id, now: new Date() });
    expect((await listMembers({ actor: adminActor, marketId: market.id })).map((m) => m.user.id)).toEqual([admin.id]);
    const outsider = await loadActor((await createUser()).id);
    await expect(listMembers({ actor: outsider, marketId: market.id })).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});
