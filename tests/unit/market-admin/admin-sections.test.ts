import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/access/actor";
import { ADMIN_SECTIONS, openAdminSections } from "@/lib/domain/market-admin/admin-sections";

const coAdmin = (
  rights: Partial<{
    isAdmin: boolean;
    canManageCatalogs: boolean;
    canManageMembers: boolean;
    canManageMessages: boolean;
  }>,
): Actor => ({
  userId: "u",
  isOperator: false,
  markets: new Map([
    ["m", { isAdmin: false, canManageCatalogs: false, canManageMembers: false, canManageMessages: false, ...rights }],
  ]),
  producerIds: [],
  ownedProducerIds: [],
  referentOf: new Map(),
});

describe("the admin menu's sections", () => {
  it("shows a co-admin only the sections their rights open, an admin all of them", () => {
    expect(openAdminSections(coAdmin({ canManageCatalogs: true }), "m")).toEqual([
      "",
      "/distributions",
      "/lieux",
      "/catalogues",
    ]);
    expect(openAdminSections(coAdmin({ canManageMessages: true }), "m")).toEqual([
      "",
      "/distributions",
      "/lieux",
      "/messagerie",
      "/messagerie/recus",
    ]);
    expect(openAdminSections(coAdmin({ isAdmin: true }), "m")).toEqual(ADMIN_SECTIONS.map((s) => s.path));
  });

  it("names a page of the admin space in every section", () => {
    const dir = path.join(process.cwd(), "app/[locale]/(site)/(admin)/admin/[marketId]");
    const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
      (f) => path.basename(f) === "page.tsx",
    );
    for (const { path: section } of ADMIN_SECTIONS) {
      expect(pages, section).toContain(path.join(section.slice(1), "page.tsx"));
    }
  });
});
