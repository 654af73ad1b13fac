import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";

const directory = mkdtempSync(path.join(tmpdir(), "cabas-qr-"));
let files = 0;

// The text of the QR code printed on a PDF's first page, as a phone's camera would read it: the page rasterized by
// Debian's pdftoppm (poppler-utils, which .ci/run installs) into a PPM image, decoded by jsQR. null: none found.
export function qrCodeOfPdf(pdf: Buffer): string | null {
  const file = path.join(directory, `${++files}.pdf`);
  writeFileSync(file, pdf);
  const ppm = execFileSync("pdftoppm", ["-r", "100", "-f", "1", "-l", "1", file], { maxBuffer: 64 * 1024 * 1024 });
  return qrCodeOfImage(rgbaOfPpm(ppm));
}

export function qrCodeOfImage({ data, width, height }: { data: Uint8ClampedArray; width: number; height: number }) {
  return jsQR(data, width, height)?.data ?? null;
}

// A binary PPM (P6): « P6 <width> <height> <maximum> » then one RGB triple per pixel.
function rgbaOfPpm(ppm: Buffer) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not answer a PPM image");
  const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(whole.length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = rgb[i * 3];
    data[i * 4 + 1] = rgb[i * 3 + 1];
    data[i * 4 + 2] = rgb[i * 3 + 2];
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}
