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
    const token = /invitation\/([\w-]+)/.exec(mail.text)![1];
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
