import { INT_MAX } from "../limits";

// How a catalog is named to a market: its number (« 123 », read out over the phone, or the public page
// …/catalogues/123), or the shortcut link the producer shares, …/catalogues/123?cle=<secret> (which the browser
// shows as the page it leads to, …/catalogues/123/relier?cle=<secret>: either may be pasted).
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
  const path = /\/catalogues\/(\d{1,9})(?:\/relier)?\/?$/.exec(url.pathname);
  if (!path) return null;
  return { number: Number(path[1]), key: url.searchParams.get("cle") || null };
}

export function catalogShortcutPath(number: number, key: string): string {
  return `/catalogues/${number}?cle=${encodeURIComponent(key)}`;
}

// A catalog page's number, as its address writes it (…/catalogues/123): one address per catalog, since each is
// a page of the cache; none beyond what the column holds (a 404 rather than a database error).
export function catalogNumberOf(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const number = Number(segment);
  return number <= INT_MAX ? number : null;
}

// The page that offers to link a catalog to one of the markets its visitor runs.
export function catalogLinkPath(number: number): string {
  return `/catalogues/${number}/relier`;
}
