import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { acceptInvitation, inviteMember } from "@/lib/domain/member/invite-member";
import { removeMember, setMemberRights } from "@/lib/domain/member/manage-members";
import { joinMarket } from "@/lib/domain/membership/join-market";
import { leaveMarket } from "@/lib/domain/membership/leave-market";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const allRights = { isAdmin: true, canManageCatalogs: true, canManageMembers: true, canManageMessages: true };
const rightsOf = async (marketId: string, userId: string) =>
  db().membership.findUniqueOrThrow({
    where: { marketId_userId: { marketId, userId } },
    select: { isAdmin: true, canManageCatalogs: true, canManageMembers: true, canManageMessages: true, leftAt: true },
  });

async function marketWithTwoAdmins() {
  const market = await createMarket();
  const founder = await createUser();
  const coAdmin = await createUser();
  await createMembership(market.id, founder.id, allRights);
  await createMembership(market.id, coAdmin.id, allRights);
  return { market, founder, coAdmin };
}

describe("removed rights stay removed", () => {
  it("a removed co-admin who re-joins comes back a plain member and cannot strip or remove the founder", async () => {
    const { market, founder, coAdmin } = await marketWithTwoAdmins();
    await removeMember({ actor: await loadActor(founder.id), marketId: market.id, userId: coAdmin.id, now });
    expect(await rightsOf(market.id, coAdmin.id)).toMatchObject({ isAdmin: false, canManageMembers: false });

    await joinMarket({ actor: await loadActor(coAdmin.id), marketId: market.id, now });
    const back = await loadActor(coAdmin.id);
    expect(back.markets.get(market.id)).toEqual({
      isAdmin: false,
      canManageCatalogs: false,
      canManageMembers: false,
      canManageMessages: false,
    });
    await expect(
      setMemberRights({
        actor: back,
        marketId: market.id,
        userId: founder.id,
        rights: { ...allRights, isAdmin: false },
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(removeMember({ actor: back, marketId: market.id, userId: founder.id, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect((await rightsOf(market.id, founder.id)).isAdmin).toBe(true);
  });

  it("coming back by ordering or by an invitation is a plain membership too", async () => {
    const { market, founder, coAdmin } = await marketWithTwoAdmins();
    const founderActor = await loadActor(founder.id);
    await removeMember({ actor: founderActor, marketId: market.id, userId: coAdmin.id, now });
    const distribution = await createDistribution(market, { now, inDays: 4 });
    const { catalog } = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, catalog.id, "ACCEPTED");
    const bread = await createProduct(catalog.id);
    await setBasketQuantity({
      actor: await loadActor(coAdmin.id),
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now,
    });
    expect(await rightsOf(market.id, coAdmin.id)).toMatchObject({ isAdmin: false, leftAt: null });

    // Rights given back by an admin, removed again, then an invitation: still nothing but membership.
    await setMemberRights({ actor: founderActor, marketId: market.id, userId: coAdmin.id, rights: allRights });
    await removeMember({ actor: founderActor, marketId: market.id, userId: coAdmin.id, now });
    await inviteMember({ actor: founderActor, marketId: market.id, email: coAdmin.email, appUrl: "http://x", now });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: coAdmin.email } });
    const token = /invitation\/([\w-]+)/.exec(mail.text!)![1];
    await acceptInvitation({ actor: await loadActor(coAdmin.id), token, now });
    expect(await rightsOf(market.id, coAdmin.id)).toMatchObject({
      isAdmin: false,
      canManageMembers: false,
      leftAt: null,
    });
  });

  it("leaving gives up every right, and the last admin can neither leave, be removed nor be demoted", async () => {
    const { market, founder, coAdmin } = await marketWithTwoAdmins();
    await leaveMarket({ actor: await loadActor(coAdmin.id), marketId: market.id, now });
    expect(await rightsOf(market.id, coAdmin.id)).toMatchObject({ isAdmin: false, canManageMessages: false });

    const founderActor = await loadActor(founder.id);
    await expect(leaveMarket({ actor: founderActor, marketId: market.id, now })).rejects.toEqual(
      new DomainError("LAST_ADMIN"),
    );
    await expect(removeMember({ actor: founderActor, marketId: market.id, userId: founder.id, now })).rejects.toEqual(
      new DomainError("LAST_ADMIN"),
    );
    await expect(
      setMemberRights({
        actor: founderActor,
        marketId: market.id,
        userId: founder.id,
        rights: { ...allRights, isAdmin: false },
      }),
    ).rejects.toEqual(new DomainError("LAST_ADMIN"));
    expect(await rightsOf(market.id, founder.id)).toMatchObject({ isAdmin: true, leftAt: null });
  });

  it("rights read at the start of a request no longer count once removed", async () => {
    const { market, founder, coAdmin } = await marketWithTwoAdmins();
    const member = await createUser();
    await createMembership(market.id, member.id);
    const staleCoAdmin = await loadActor(coAdmin.id);
    await removeMember({ actor: await loadActor(founder.id), marketId: market.id, userId: coAdmin.id, now });
    await expect(removeMember({ actor: staleCoAdmin, marketId: market.id, userId: member.id, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect((await rightsOf(market.id, member.id)).leftAt).toBeNull();
  });
});
