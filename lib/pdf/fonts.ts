import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { sfntFromWoff } from "./woff";

// PDF's standard fonts (react-pdf's default Helvetica) know only Latin-1: the narrow no-break space that French
// puts in « 1 234,56 € » comes out as « 1/234,56 € ». DejaVu Sans has it, and Latin, Greek and Cyrillic beyond
// for members' names. Its files are read from node_modules (the package is installed with the app, and
// next.config.mjs ships them with the routes that draw PDFs), once per process, when the first PDF is drawn.
const FONT_FILES = path.join(process.cwd(), "node_modules", "@fontsource", "dejavu-sans", "files");
const WEIGHTS = [400, 700] as const;

export const PDF_FONT_FAMILY = "DejaVu Sans";

let sources: { src: string; fontWeight: number }[] | null = null;

// Before each document. Each one parses the fonts afresh: fontkit keeps, per loaded font, each glyph's characters
// as first met, and a bold « c » first met beside « Reçu » was read back as a blank in every later document
// (« Re eipt », in pdftotext as in a reader's copy-paste). The files are read once; a parse costs a few milliseconds.
export function registerPdfFonts() {
  sources ??= WEIGHTS.map((fontWeight) => {
    const woff = readFileSync(path.join(FONT_FILES, `dejavu-sans-latin-${fontWeight}-normal.woff`));
    return { src: `data:font/ttf;base64,${sfntFromWoff(woff).toString("base64")}`, fontWeight };
  });
  // Its family alone is replaced: react-pdf's own (Helvetica) stay registered.
  delete Font.getRegisteredFonts()[PDF_FONT_FAMILY];
  Font.register({ family: PDF_FONT_FAMILY, fonts: sources });
  // react-pdf hyphenates as English does, which cuts French names and products in odd places: words stay whole.
  Font.registerHyphenationCallback((word) => [word]);
}
