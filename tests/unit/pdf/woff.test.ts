import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { expect, it } from "vitest";
import { sfntFromWoff } from "@/lib/pdf/woff";

const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "dejavu-sans", "files");
const WOFF = readFileSync(path.join(FILES, "dejavu-sans-latin-400-normal.woff"));

// The font as react-pdf reads it (fontkit, behind its Font store).
async function loaded(family: string, font: Buffer) {
  Font.register({ family, src: `data:font/ttf;base64,${font.toString("base64")}` });
  await Font.load({ fontFamily: family });
  return Font.getFont({ fontFamily: family }).data!;
}

it("unwraps a WOFF font into the TrueType font it holds, glyph for glyph", async () => {
  const woff = await loaded("as-woff", WOFF);
  const ttf = await loaded("as-ttf", sfntFromWoff(WOFF));
  expect(woff.type).toBe("WOFF");
  expect(ttf.type).toBe("TTF");
  expect(ttf.numGlyphs).toBe(woff.numGlyphs);
  for (const text of ["1\u202f234,56\u00a0€", "LEFÈVRE Élise", "2 × Œufs · Пётр"]) {
    const [expected, actual] = [woff, ttf].map((font) => {
      const run = font.layout(text);
      return {
        widths: run.positions.map((p: { xAdvance: number }) => p.xAdvance),
        outlines: run.glyphs.map((g: { path: { toSVG(): string } }) => g.path.toSVG()),
      };
    });
    expect(actual).toEqual(expected);
  }
});

it("refuses what is not a WOFF 1.0 font", () => {
  expect(() => sfntFromWoff(readFileSync(path.join(FILES, "dejavu-sans-latin-400-normal.woff2")))).toThrow(
    "not a WOFF 1.0 font",
  );
});
