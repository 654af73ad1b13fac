import { describe, expect, it } from "vitest";
import { metaDescriptionOf } from "@/lib/meta-description";

describe("a page's meta description from its own text", () => {
  it("is absent without a text", () => {
    expect(metaDescriptionOf(null)).toBeNull();
    expect(metaDescriptionOf(" \n\t ")).toBeNull();
  });

  it("keeps a short text on one line", () => {
    expect(metaDescriptionOf("  Pain au levain,\n\nlégumes de saison  ")).toBe("Pain au levain, légumes de saison");
  });

  it("cuts a long text after a word, within 160 characters", () => {
    const words = Array.from({ length: 60 }, (_, i) => `mot${i}`).join(" ");
    const description = metaDescriptionOf(words)!;
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("…")).toBe(true);
    const kept = description.slice(0, -1).split(" ");
    expect(words.startsWith(kept.join(" ") + " ")).toBe(true);
    expect(kept.at(-1)).toMatch(/^mot\d+$/);
  });

  it("drops the punctuation left before the cut", () => {
    const text = `${"a".repeat(150)}, ${"b".repeat(20)}`;
    expect(metaDescriptionOf(text)).toBe(`${"a".repeat(150)}…`);
  });
});
