import { describe, expect, it } from "vitest";
import { sanitizeMessageHtml, withAbsoluteImages } from "@/lib/domain/message/sanitize-message";

// What the message editor (components/messaging/message-editor.tsx, Tiptap) writes, every mark and node it offers.
const EDITOR_OUTPUT =
  "<h2>Les fraises</h2><h3>sont là</h3><p>Du <strong>gras</strong>, de l’<em>italique</em>, du <u>souligné</u>, " +
  '<span style="color: #b91c1c; font-size: 18px">du rouge en grand</span>, ' +
  '<span style="font-size: 14px">du petit</span>, <span style="color: #1d4ed8">du bleu</span><br>' +
  '<a target="_blank" rel="noopener noreferrer" href="https://cabas.example/m/bellefontaine">un lien</a> et ' +
  '<a target="_blank" rel="noopener noreferrer" href="mailto:marche@cabas.example">un e-mail</a></p>' +
  "<ul><li><p>une puce</p></li></ul><ol><li><p>un numéro</p></li></ol>" +
  '<img src="/images/cmabcdefghijklmnopqrstuvw" alt="Image du message"><p></p>';

// sanitize-html writes a style as « color:#b91c1c;font-size:18px » and a void tag as « <br /> »: the same
// document for the editor and for a mail client.
const normalised = (html: string) =>
  html
    .replace(/ \/>/g, ">")
    .replace(/style="([^"]*)"/g, (_, style: string) => `style="${style.replace(/\s+/g, "").replace(/;$/, "")}"`);

describe("sanitizeMessageHtml", () => {
  it("keeps everything the editor produces, font sizes and colours included", () => {
    const kept = sanitizeMessageHtml(EDITOR_OUTPUT);
    expect(normalised(kept)).toBe(normalised(EDITOR_OUTPUT));
    // And sanitising what was kept changes nothing (a reused message goes through again).
    expect(sanitizeMessageHtml(kept)).toBe(kept);
  });

  it("drops scripts, event handlers, javascript: links and other tags", () => {
    const kept = sanitizeMessageHtml(
      '<p onclick="steal()">Bonjour<script>alert(1)</script><a href="javascript:alert(1)">ici</a>' +
        '<img src="/images/cmabcdefghijklmnopqrstuvw" onerror="alert(1)"><iframe src="https://evil.example"></iframe>' +
        "<style>p { display: none }</style><svg onload=alert(1)></svg></p>",
    );
    expect(kept).toBe(
      '<p>Bonjour<a rel="noopener noreferrer" target="_blank">ici</a><img src="/images/cmabcdefghijklmnopqrstuvw" /></p>',
    );
  });

  it("drops images not served by Cabas: no remote tracking pixel, no data or path tricks", () => {
    for (const src of [
      "https://tracker.example/pixel.gif",
      "//tracker.example/pixel.gif",
      "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
      "/images/../api/attachments/x",
      "/images/cmabcdefghijklmnopqrstuvw?u=1",
      "http://127.0.0.1/images/cmabcdefghijklmnopqrstuvw",
    ]) {
      expect(sanitizeMessageHtml(`<p>a<img src="${src}"></p>`), src).toBe("<p>a</p>");
    }
  });

  it("drops styles outside the editor's colours and sizes", () => {
    expect(
      sanitizeMessageHtml(
        '<p><span style="color: #fefefe; font-size: 72px; background-image: url(https://tracker.example/p)">x</span>' +
          '<span style="position: fixed; color: #15803d">y</span><b style="color: red">z</b></p>',
      ),
    ).toBe('<p><span>x</span><span style="color:#15803d">y</span>z</p>');
  });
});

describe("withAbsoluteImages", () => {
  it("points the message's images at Cabas's full address for e-mails", () => {
    const html = sanitizeMessageHtml(
      '<p>&lt;img src="/images/x"&gt;</p><img alt="a" src="/images/cmabcdefghijklmnopqrstuvw">',
    );
    expect(withAbsoluteImages(html, "https://cabas.example/")).toBe(
      '<p>&lt;img src="/images/x"&gt;</p><img alt="a" src="https://cabas.example/images/cmabcdefghijklmnopqrstuvw" />',
    );
  });
});
