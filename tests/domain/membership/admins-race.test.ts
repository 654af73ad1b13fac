import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { removeMember } from "@/lib/domain/member/manage-members";
import { onRealPostgres } from "../../support/on-real-postgres";
import { createMarket, createMembership, createUser } from "../../support/factories";

const available = onRealPostgres("cabas_admins_race");
const admin = { isAdmin: true, canManageMembers: true };

describe.skipIf(!available)("admins removing each other at once (real PostgreSQL)", () => {
  it("exactly one removal wins and the market keeps an admin", async () => {
    for (let round = 0; round < 10; round++) {
      const market = await createMarket();
      const [a, b] = [await createUser(), await createUser()];
      await createMembership(market.id, a.id, admin);
      await createMembership(market.id, b.id, admin);
      const [actorA, actorB] = [await loadActor(a.id), await loadActor(b.id)];
      const now = new Date();
      const results = await Promise.allSettled([
        removeMember({ actor: actorA, marketId: market.id, userId: b.id, now }),
        removeMember({ actor: actorB, marketId: market.id, userId: a.id, now }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db().membership.count({ where: { marketId: market.id, isAdmin: true, leftAt: null } })).toBe(1);
    }
  });
});
