import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HELP_GUIDES } from "@/lib/help-guides";
import { help as en } from "@/lib/i18n/messages/en/help";
import { help as fr } from "@/lib/i18n/messages/fr/help";

// Every page's address pattern under app/[locale], route groups left out: ["m", "[slug]"] for /m/<slug>.
const APP = path.join(process.cwd(), "app/[locale]");
const pages = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "page.tsx")
  .map((file) =>
    path
      .dirname(file)
      .split(path.sep)
      .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment)),
  );

function isPage(href: string) {
  const wanted = href.split("?")[0].split("/").filter(Boolean);
  return pages.some((pattern) => {
    const optionalRest = pattern.at(-1)?.startsWith("[[...");
    const fixed = optionalRest ? pattern.slice(0, -1) : pattern;
    if (optionalRest ? wanted.length < fixed.length : wanted.length !== fixed.length) return false;
    return fixed.every((segment, i) => segment.startsWith("[") || segment === wanted[i]);
  });
}

describe("help guides", () => {
  it.each(HELP_GUIDES)("%s: its French and English versions have the same sections, steps and links", (slug) => {
    const shape = (guide: typeof fr.guides.admin) =>
      guide.sections.map((s) => [s.steps.length, s.links.map((l) => l.href)]);
    expect(shape(en.guides[slug])).toEqual(shape(fr.guides[slug]));
  });

  it.each(HELP_GUIDES)("%s: every link opens a page of the app", (slug) => {
    for (const section of fr.guides[slug].sections) {
      for (const link of section.links) {
        expect(isPage(link.href), link.href).toBe(true);
        // /aide/[guide] is a page for its guides only.
        const guide = /^\/aide\/([^/?]+)/.exec(link.href)?.[1];
        if (guide) expect(HELP_GUIDES, link.href).toContain(guide);
      }
    }
  });

  it("knows every guide there is, and finds no page for a wrong address", () => {
    expect(Object.keys(fr.guides).sort()).toEqual([...HELP_GUIDES].sort());
    expect(isPage("/nulle-part/ici")).toBe(false);
    expect(isPage("/producteurs")).toBe(false);
    expect(isPage("/aide/admin")).toBe(true);
  });
});
