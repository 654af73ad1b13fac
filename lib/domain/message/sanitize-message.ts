import sanitizeHtml from "sanitize-html";
import { MESSAGE_COLORS, MESSAGE_FONT_SIZES, MESSAGE_IMAGE_SRC } from "./message-format";

const exactly = (values: readonly string[]) => values.map((v) => new RegExp(`^${v}$`, "i"));

// Messages are written by admins but read by everyone: what the message editor produces survives (formatting,
// its colours and sizes, links, images Cabas serves), links open safely, and nothing can run or be fetched from
// elsewhere (a remote image is a tracking pixel).
export function sanitizeMessageHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "u", "s", "h2", "h3", "ul", "ol", "li", "blockquote", "a", "img", "span"],
    allowedAttributes: {
      a: ["href", "rel", "target"],
      img: ["src", "alt", "title"],
      span: ["style"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowedStyles: {
      span: {
        color: exactly(Object.values(MESSAGE_COLORS)),
        "font-size": exactly(Object.values(MESSAGE_FONT_SIZES)),
      },
    },
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
    exclusiveFilter: (frame) => frame.tag === "img" && !MESSAGE_IMAGE_SRC.test(frame.attribs.src ?? ""),
  });
}

// Plain text typed in a textarea (a producer's reply) becomes paragraphs; HTML (the editor's) is kept, then
// sanitised.
export function messageHtmlFromInput(text: string): string {
  if (/<[a-z][\s\S]*>/i.test(text)) return sanitizeMessageHtml(text);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

// The images of a sanitised message as an e-mail needs them: at Cabas's full address. Only the sanitiser's
// output is given here, where every image's src is "/images/…" and no text can look like a tag (it is escaped).
export function withAbsoluteImages(html: string, appUrl: string): string {
  return html.replace(/(<img\b[^>]*?\ssrc=")(\/images\/)/g, `$1${appUrl.replace(/\/$/, "")}$2`);
}
