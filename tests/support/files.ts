// Real files of each kind a message may carry (and some it may not), built in memory: ZIP containers as the
// office suites write them (OpenDocument: « mimetype » first and stored; Office Open XML: deflated parts).
import { crc32, deflateRawSync } from "node:zlib";
import sharp from "sharp";

type ZipEntry = { name: string; data: string | Uint8Array; deflate?: boolean };

export function zip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data);
    const stored = entry.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const ODF = "application/vnd.oasis.opendocument";
const OOXML = "application/vnd.openxmlformats-officedocument";

export function openDocument(kind: "text" | "spreadsheet" | "presentation") {
  return zip([
    { name: "mimetype", data: `${ODF}.${kind}` },
    { name: "content.xml", data: "<office:document-content/>", deflate: true },
    { name: "META-INF/manifest.xml", data: "<manifest:manifest/>", deflate: true },
  ]);
}

const OOXML_MAIN = {
  docx: ["word/document.xml", `${OOXML}.wordprocessingml.document.main+xml`],
  xlsx: ["xl/workbook.xml", `${OOXML}.spreadsheetml.sheet.main+xml`],
  pptx: ["ppt/presentation.xml", `${OOXML}.presentationml.presentation.main+xml`],
  docm: ["word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"],
} as const;

export function officeDocument(kind: keyof typeof OOXML_MAIN, extra: ZipEntry[] = []) {
  const [part, contentType] = OOXML_MAIN[kind];
  return zip([
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
      deflate: true,
    },
    { name: "_rels/.rels", data: "<Relationships/>", deflate: true },
    { name: part, data: "<document/>", deflate: true },
    ...extra,
  ]);
}

export function pdf(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    Buffer.from(
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    ),
  );
}

// A Windows program: « MZ », the DOS stub, and zeros where a PE header would be.
export function windowsExecutable(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set(Buffer.from("MZ"), 0);
  bytes.set(Buffer.from("This program cannot be run in DOS mode.\r\r\n$"), 78);
  bytes.set(Buffer.from("PE\0\0"), 128);
  return bytes;
}

export async function image(format: "png" | "jpeg" | "webp" | "gif"): Promise<Uint8Array<ArrayBuffer>> {
  const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#2f6b3a" } })
    .toFormat(format)
    .toBuffer();
  return new Uint8Array(data);
}
