import sanitizeHtml from "sanitize-html";

// Messages are written by admins but read by everyone: only formatting, links and images survive, links open
// safely, and nothing can run.
export function sanitizeMessageHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "strong",
      "b",
      "em",
      "i",
      "u",
      "s",
      "ul",
      "ol",
      "li",
      "a",
      "img",
      "h2",
      "h3",
      "blockquote",
      "span",
    ],
    allowedAttributes: {
      a: ["href", "title", "rel", "target"],
      img: ["src", "alt", "width", "height"],
      span: ["style"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedStyles: { span: { color: [/^#[0-9a-f]{3,6}$/i], "font-weight": [/^(bold|normal|[1-9]00)$/] } },
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
  });
}

// Plain text typed in a textarea becomes paragraphs; HTML is kept (then sanitised).
export function messageHtmlFromInput(text: string): string {
  if (/<[a-z][\s\S]*>/i.test(text)) return sanitizeMessageHtml(text);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
