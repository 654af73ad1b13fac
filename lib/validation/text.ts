// PostgreSQL text cannot hold U+0000: a query carrying one fails whole. No keyboard types it, so it only comes
// from a hand-made request; it is read as U+FFFD, the way browsers and FormData already read a lone surrogate,
// so that an id holding it names no row and a text holding it is kept otherwise as sent.
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}
