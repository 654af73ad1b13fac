// How a catalog is named to a market: its number (« 123 », read out over the phone, or the public page
// …/catalogues/123), or the shortcut link the producer shares, …/catalogues/123?cle=<secret>.
export type CatalogReference = { number: number; key: string | null };

export function parseCatalogReference(text: string): CatalogReference | null {
  const trimmed = text.trim();
  const bare = /^(\d{1,9})$/.exec(trimmed);
  if (bare) return { number: Number(bare[1]), key: null };
  let url: URL;
  try {
    url = new URL(trimmed, "http://cabas.invalid");
  } catch {
    return null;
  }
  const path = /\/catalogues\/(\d{1,9})\/?$/.exec(url.pathname);
  if (!path) return null;
  return { number: Number(path[1]), key: url.searchParams.get("cle") || null };
}

export function catalogShortcutPath(number: number, key: string): string {
  return `/catalogues/${number}?cle=${encodeURIComponent(key)}`;
}
