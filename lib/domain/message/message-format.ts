// What the message editor (components/messaging/message-editor.tsx) may produce, shared with the sanitiser
// (sanitize-message.ts) so that the two agree: a colour or a size the editor offers is one the sanitiser keeps.
// Plain constants: the editor, a client component, imports this file.

// Text colours that keep a contrast of at least 4.5:1 on the e-mail's white background.
export const MESSAGE_COLORS = {
  red: "#b91c1c",
  orange: "#c2410c",
  green: "#15803d",
  blue: "#1d4ed8",
  purple: "#7e22ce",
} as const;

export type MessageColor = keyof typeof MESSAGE_COLORS;

// Font sizes besides the e-mail's normal one (no size).
export const MESSAGE_FONT_SIZES = { small: "14px", large: "18px", larger: "24px" } as const;

export type MessageFontSize = keyof typeof MESSAGE_FONT_SIZES;

// The only images a message may show: those Cabas stores and serves itself (app/images/[id]/route.ts), so that
// no message carries a remote tracking pixel. Stored relative; e-mails make them absolute when rendered.
export const MESSAGE_IMAGE_SRC = /^\/images\/[a-z0-9]{10,40}$/;

export const messageImageSrc = (imageId: string) => `/images/${imageId}`;
