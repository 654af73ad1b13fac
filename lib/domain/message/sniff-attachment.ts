import { inflateRawSync } from "node:zlib";

// What a message may carry: documents and images. The type is read from the content itself, never from the
// sender's browser or the file's name, and it is the type the file is stored and served with.
export const ATTACHMENT_TYPES = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
  "image/gif": ["gif"],
  "text/plain": ["txt"],
  "text/csv": ["csv"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export function isAttachmentType(value: string): value is AttachmentType {
  return Object.hasOwn(ATTACHMENT_TYPES, value);
}

// The file's type from its first bytes (and, for office documents, from the ZIP container's own description
// of itself), or null when it is none of the allowed ones. `name` only chooses between « .csv » and « .txt »
// for a file already known to be text.
export function sniffAttachmentType(bytes: Uint8Array, name: string): AttachmentType | null {
  if (startsWith(bytes, "%PDF-")) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) return "image/gif";
  if (startsWith(bytes, "RIFF") && startsWith(bytes.subarray(8), "WEBP")) return "image/webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeDocumentType(bytes);
  if (isPlainText(bytes)) return extensionOf(name) === "csv" ? "text/csv" : "text/plain";
  return null;
}

// The name shown and downloaded: no folders or control characters, and an extension that matches the type
// (« affiche.exe » holding a real PDF becomes « affiche.exe.pdf »), so the file opens as what it is.
export function attachmentFilename(name: string, type: AttachmentType): string {
  const base =
    (name.split(/[/\\]/).pop() ?? "")
      .replace(/[\u0000-\u001f\u007f"]/g, "")
      .trim()
      .slice(0, 150) || "piece-jointe";
  const extensions: readonly string[] = ATTACHMENT_TYPES[type];
  return extensions.includes(extensionOf(base)) ? base : `${base}.${extensions[0]}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, prefix: string | number[]): boolean {
  const codes = typeof prefix === "string" ? [...prefix].map((c) => c.charCodeAt(0)) : prefix;
  return bytes.length >= codes.length && codes.every((code, i) => bytes[i] === code);
}

// Text in UTF-8 (or, from older spreadsheets, Windows-1252) without control characters other than tabs, line
// and page breaks. Markup (HTML, SVG, XML) is refused: it is not what « text » means to the people reading it.
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined.
    if (bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) return false;
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  return !text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("<");
}

// ───────────── office documents: ZIP containers that say what they are ─────────────

const ODF_TYPES = new Set<AttachmentType>([
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
]);
// The content type of the main part of each Office Open XML document; macro-enabled variants (docm, xlsm,
// pptm) and templates declare other types and are refused.
const OOXML_MAIN_PARTS: [string, AttachmentType][] = [
  [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ],
  [
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ],
  [
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ],
];
const MAX_ZIP_ENTRIES = 5_000;
const MAX_DESCRIPTOR_BYTES = 512 * 1024;

type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number };

// An OpenDocument file starts with an uncompressed « mimetype » entry naming its type; an Office Open XML file
// lists its parts' types in « [Content_Types].xml ». Macros (ODF « Basic/ » and « Scripts/ », OOXML
// vbaProject and ActiveX parts) and embedded OLE objects (which can wrap a program) are refused.
function officeDocumentType(bytes: Uint8Array): AttachmentType | null {
  const entries = zipEntries(bytes);
  if (!entries || entries.some((e) => (e.flags & 1) === 1)) return null; // encrypted
  const names = entries.map((e) => e.name);
  const macros = names.some(
    (n) =>
      /^(Basic|Scripts)\//i.test(n) ||
      /vbaProject\.bin$/i.test(n) ||
      /(^|\/)activeX\//i.test(n) ||
      /(^|\/)embeddings\/[^/]*\.bin$/i.test(n),
  );
  if (macros) return null;

  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype) {
    if (mimetype.localOffset !== 0 || mimetype.method !== 0) return null;
    const type = new TextDecoder().decode(entryData(bytes, mimetype) ?? new Uint8Array()).trim();
    return ODF_TYPES.has(type as AttachmentType) && names.includes("META-INF/manifest.xml")
      ? (type as AttachmentType)
      : null;
  }
  const contentTypes = entries.find((e) => e.name === "[Content_Types].xml");
  const data = contentTypes && entryData(bytes, contentTypes);
  if (!data) return null;
  const xml = new TextDecoder().decode(data);
  if (/macroEnabled|vbaProject/i.test(xml)) return null;
  const found = OOXML_MAIN_PARTS.filter(([contentType]) => xml.includes(`ContentType="${contentType}"`));
  return found.length === 1 ? found[0][1] : null;
}

// The central directory of a ZIP file (no ZIP64, one disk), or null if it is not a well-formed one.
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0 || view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0 || count > MAX_ZIP_ENTRIES || offset + size > end) return null;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const next = offset + 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (next > end) return null;
    entries.push({
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset = next;
  }
  return entries;
}

// One entry's content, stored or deflated, up to MAX_DESCRIPTOR_BYTES once inflated.
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw.length <= MAX_DESCRIPTOR_BYTES ? raw : null;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(raw, { maxOutputLength: MAX_DESCRIPTOR_BYTES });
  } catch {
    return null;
  }
}
