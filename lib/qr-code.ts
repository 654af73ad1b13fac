import "server-only";
import QRCode from "qrcode";

// A QR code of a link, drawn on the server: as SVG markup for a page (no script sent), as a PNG data address for
// a PDF. Medium error correction: a printed poster stays readable when creased or partly covered.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

export function qrCodeSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...OPTIONS, type: "svg" });
}

export function qrCodePng(link: string, width: number): Promise<string> {
  return QRCode.toDataURL(link, { ...OPTIONS, width });
}
