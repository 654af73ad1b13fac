// A page's meta description made from a text of its own (a market's or a producer's description): one line of at
// most 160 characters, as search engines show it, cut after a word; null when there is no text to make it from.
const MAX_LENGTH = 160;

export function metaDescriptionOf(text: string | null | undefined): string | null {
  const line = text?.replace(/\s+/g, " ").trim();
  if (!line) return null;
  if (line.length <= MAX_LENGTH) return line;
  const cut = line.slice(0, MAX_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
