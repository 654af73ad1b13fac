import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { importMembers, parseMemberRows, previewMemberImport } from "@/lib/domain/member/import-members";
import { createMarket, createMembership, createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

describe("members CSV import", () => {
  it("shows every row's problem, imports nothing while one is wrong, then all at once", async () => {
    const text =
      "prénom;nom;e-mail\nSarah;Varda;sarah@example.test\nLouis;;louis@example.test\nAmina;Benali;pas-un-email\nZoé;Martin;SARAH@example.test\n";
    expect(parseMemberRows(text).map((r) => [r.line, r.error])).toEqual([
      [2, null],
      [3, "CSV_NAME_MISSING"],
      [4, "CSV_EMAIL_INVALID"],
      [5, "CSV_EMAIL_DUPLICATE"],
    ]);
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const actor = await loadActor(admin.id);
    await expect(importMembers({ actor, marketId: market.id, text, appUrl: "", now })).rejects.toEqual(
      new DomainError("CSV_HAS_ERRORS", "csv"),
    );
    expect(await db().memberInvitation.count({ where: { marketId: market.id } })).toBe(0);

    // A registered person is invited like anyone else: nobody becomes a member from a file.
    await createUser({ email: "deja@example.test" });
    const good = "Camille;Durand;deja@example.test\nNora;Lefèvre;nora@example.test";
    expect(await importMembers({ actor, marketId: market.id, text: good, appUrl: "http://cabas.test", now })).toEqual({
      invited: 2,
      skipped: 0,
    });
    expect(await db().membership.count({ where: { marketId: market.id, user: { email: "deja@example.test" } } })).toBe(
      0,
    );
    for (const toEmail of ["deja@example.test", "nora@example.test"])
      expect(await db().emailOutbox.count({ where: { toEmail, template: "member-invitation" } })).toBe(1);
    // Importing the same file again the same day sends nothing more.
    expect(await importMembers({ actor, marketId: market.id, text: good, appUrl: "http://cabas.test", now })).toEqual({
      invited: 0,
      skipped: 2,
    });
    await expect(
      importMembers({
        actor: await loadActor((await createUser()).id),
        marketId: market.id,
        text: good,
        appUrl: "",
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });

  it("previews a file for those who may invite members only", async () => {
    const market = await createMarket();
    const [admin, member] = [await createUser(), await createUser()];
    await createMembership(market.id, admin.id, { isAdmin: true });
    await createMembership(market.id, member.id);
    const text = "Sarah;Varda;sarah@example.test";
    const preview = async (userId: string) =>
      previewMemberImport({ actor: await loadActor(userId), marketId: market.id, text });
    expect(await preview(admin.id)).toEqual(parseMemberRows(text));
    await expect(preview(member.id)).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});
