import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { LIMITS } from "@/lib/domain/throttle/limits";
import { requestEmailChange } from "@/lib/domain/user/request-email-change";
import { onRealPostgres } from "../../support/on-real-postgres";
import { createUser } from "../../support/factories";

const available = onRealPostgres("cabas_email_change_race");

describe.skipIf(!available)("requests to change one account's address at once (real PostgreSQL)", () => {
  it("leave exactly one change waiting", async () => {
    const user = await createUser({ passwordHash: await hashPassword("mon mot de passe") });
    const actor = await loadActor(user.id);
    const now = new Date();
    const asked = Array.from({ length: LIMITS.emailChangesByUser.points }, (_, i) => `adresse-${i}@example.test`);
    await Promise.all(
      asked.map((newEmail) =>
        requestEmailChange({ actor, newEmail, currentPassword: "mon mot de passe", appUrl: "http://cabas.test", now }),
      ),
    );
    expect(await db().emailChange.count({ where: { userId: user.id, confirmedAt: null } })).toBe(1);
  });
});
