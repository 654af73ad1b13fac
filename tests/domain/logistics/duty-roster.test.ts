import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { createDutyRole } from "@/lib/domain/duty/create-duty-role";
import { getDutyCalendarOrThrow } from "@/lib/domain/duty/get-duty-calendar";
import { queueDutyNotices } from "@/lib/domain/duty/queue-duty-notices";
import { leaveDuty, signUpForDuty } from "@/lib/domain/duty/sign-up-for-duty";
import { DomainError } from "@/lib/domain/errors";
import { countQueries } from "../../support/count-queries";
import { createDistribution, createMarket, createMembership, createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

describe("volunteer roster", () => {
  it("members sign up for roles (one each, one per role), leave with a reason, and get their notices", async () => {
    const market = await createMarket();
    const soon = await createDistribution(market, { now, inDays: 6 });
    const far = await createDistribution(market, {
      now,
      inDays: 70,
      placeId: (
        await db().place.create({ data: { marketId: market.id, name: "B", address: "b", zipCode: "1", city: "c" } })
      ).id,
    });
    const admin = await createUser({ email: "admin-duty@example.test" });
    await createMembership(market.id, admin.id, { isAdmin: true });
    const adminActor = await loadActor(admin.id);
    const a = await createUser({ firstName: "Amina", lastName: "Benali", email: "amina-duty@example.test" });
    const b = await createUser({ firstName: "Louis", lastName: "Perrin" });
    await createMembership(market.id, a.id);
    await createMembership(market.id, b.id);
    const outsider = await createUser();
    await createDutyRole({
      actor: adminActor,
      marketId: market.id,
      name: "Accueil et émargement",
      description: "Arriver 15 minutes avant.",
    });
    await createDutyRole({ actor: adminActor, marketId: market.id, name: "Rangement" });
    await expect(createDutyRole({ actor: await loadActor(a.id), marketId: market.id, name: "x" })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );

    const { days: calendar } = await getDutyCalendarOrThrow({ actor: await loadActor(a.id), slug: market.slug, now });
    expect(calendar.map((d) => [d.id, d.signupOpen])).toEqual([
      [soon.id, true],
      [far.id, false],
    ]);
    const [welcome, tidy] = calendar[0].shifts;
    const amina = await loadActor(a.id);
    const louis = await loadActor(b.id);
    await signUpForDuty({ actor: amina, shiftId: welcome.shiftId!, now });
    await expect(signUpForDuty({ actor: amina, shiftId: tidy.shiftId!, now })).rejects.toEqual(
      new DomainError("DUTY_ALREADY_SIGNED_UP"),
    );
    await expect(signUpForDuty({ actor: louis, shiftId: welcome.shiftId!, now })).rejects.toEqual(
      new DomainError("DUTY_TAKEN"),
    );
    await expect(signUpForDuty({ actor: louis, shiftId: calendar[1].shifts[0].shiftId!, now })).rejects.toEqual(
      new DomainError("DUTY_SIGNUP_NOT_OPEN"),
    );
    await expect(signUpForDuty({ actor: await loadActor(outsider.id), shiftId: tidy.shiftId!, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect(
      (await getDutyCalendarOrThrow({ actor: louis, slug: market.slug, now })).days[0].shifts.map((s) => s.volunteer),
    ).toEqual(["Amina Benali", null]);

    // 6 days before: the vacant role is alerted to admins (7-day rule), instructions wait for the 4-day mark.
    expect(await queueDutyNotices({ now })).toMatchObject({ queued: 1, failures: [] });
    expect(
      (await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "admin-duty@example.test" } })).subject,
    ).toContain("Rangement");
    const fourDaysBefore = new Date(soon.pickupStartAt.getTime() - 4 * 24 * 3_600_000);
    expect(await queueDutyNotices({ now: fourDaysBefore })).toMatchObject({ queued: 1, failures: [] });
    expect(await queueDutyNotices({ now: fourDaysBefore })).toMatchObject({ queued: 0, failures: [] });
    expect((await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "amina-duty@example.test" } })).text).toContain(
      "Arriver 15 minutes avant.",
    );

    await leaveDuty({ actor: amina, shiftId: welcome.shiftId!, reason: "Malade" });
    expect(await db().dutyWithdrawal.findFirst({ where: { userId: a.id } })).toMatchObject({ reason: "Malade" });
    await signUpForDuty({ actor: louis, shiftId: welcome.shiftId!, now });
  });

  // Counted in statements, not milliseconds: a view reads as much for more distributions and roles, and writes
  // only when a shift row is missing.
  it("a view only reads once its shifts exist, as much for more distributions and roles; a role added later gets its shifts on the next view", async () => {
    const market = await createMarket();
    const first = await createDistribution(market, { now, inDays: 6 });
    const adminUser = await createUser();
    await createMembership(market.id, adminUser.id, { isAdmin: true });
    const admin = await loadActor(adminUser.id);
    const member = await createUser();
    await createMembership(market.id, member.id);
    const actor = await loadActor(member.id);
    await createDutyRole({ actor: admin, marketId: market.id, name: "Accueil" });
    const view = () => countQueries(async () => (await getDutyCalendarOrThrow({ actor, slug: market.slug, now })).days);
    const writes = (queries: string[]) => queries.filter((sql) => !/^\s*SELECT\b/i.test(sql));

    await view();
    const small = await view();
    expect(writes(small.queries)).toEqual([]);

    const second = await createDistribution(market, { now, inDays: 13 });
    await createDutyRole({ actor: admin, marketId: market.id, name: "Caisse" });
    const added = await view();
    expect(writes(added.queries).filter((sql) => /INSERT/i.test(sql))).toHaveLength(1);
    expect(added.result.map((d) => [d.id, d.shifts.map((s) => s.role.name)])).toEqual([
      [first.id, ["Accueil", "Caisse"]],
      [second.id, ["Accueil", "Caisse"]],
    ]);
    expect(added.result.flatMap((d) => d.shifts).every((s) => s.shiftId !== null)).toBe(true);
    expect(await db().dutyShift.count({ where: { distributionId: { in: [first.id, second.id] } } })).toBe(4);

    const bigger = await view();
    expect(writes(bigger.queries)).toEqual([]);
    expect(bigger.queries.length).toBe(small.queries.length);
    expect(bigger.result.flatMap((d) => d.shifts.map((s) => s.shiftId))).toEqual(
      added.result.flatMap((d) => d.shifts.map((s) => s.shiftId)),
    );

    const outsider = await loadActor((await createUser()).id);
    await expect(getDutyCalendarOrThrow({ actor: outsider, slug: market.slug, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(getDutyCalendarOrThrow({ actor, slug: "pas-de-marche", now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
  });
});
