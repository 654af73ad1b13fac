import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const directory = mkdtempSync(path.join(tmpdir(), "cabas-pdf-"));
let files = 0;

// A PDF's text as a person would copy it out of the file, read by Debian's pdftotext (poppler-utils, which
// .ci/run installs). `pdftotext(pdf)("-f", "2", "-l", "2")` reads page 2 only, `("-bbox")` gives each word's box.
export function pdftotext(pdf: Buffer) {
  const file = path.join(directory, `${++files}.pdf`);
  writeFileSync(file, pdf);
  return (...options: string[]) => {
    try {
      return execFileSync("pdftotext", [...options, file, "-"], { encoding: "utf8" });
    } catch (error) {
      throw new Error(`pdftotext (Debian's poppler-utils) could not read the PDF: ${String(error)}`);
    }
  };
}
