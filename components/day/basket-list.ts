import type { DayBasket } from "@/lib/domain/distribution-day/get-day-screen";

export type DaySort = "number" | "name" | "slot";
export type DayFilter = "all" | "waiting" | "collected" | "validated";
export type BasketState = Exclude<DayFilter, "all">;

// « À retirer » → « retiré » → validated.
export function basketState(b: Pick<DayBasket, "collectedAt" | "validatedAt">): BasketState {
  if (b.validatedAt) return "validated";
  return b.collectedAt ? "collected" : "waiting";
}

export function countByState(baskets: readonly DayBasket[]): Record<DayFilter, number> {
  const counts = { all: baskets.length, waiting: 0, collected: 0, validated: 0 };
  for (const b of baskets) counts[basketState(b)]++;
  return counts;
}

// Accents and case do not count: « helene » finds Hélène.
const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

// Digits look for a basket number (« 12 » finds 12, 120…), words for a name (each word, in any order).
function matches(b: DayBasket, query: string): boolean {
  if (/^\d+$/.test(query)) return String(b.number).startsWith(query);
  const names = folded(`${b.firstName} ${b.lastName}`);
  return folded(query)
    .split(/\s+/)
    .every((word) => names.includes(word));
}

function compare(sort: DaySort, locale: string) {
  const byName = (a: DayBasket, b: DayBasket) =>
    a.lastName.localeCompare(b.lastName, locale, { sensitivity: "base" }) ||
    a.firstName.localeCompare(b.firstName, locale, { sensitivity: "base" }) ||
    a.number - b.number;
  if (sort === "name") return byName;
  if (sort === "number") return (a: DayBasket, b: DayBasket) => a.number - b.number;
  // By slot, then by name; baskets without a slot come last. ISO instants compare as plain strings (a locale's
  // collation would put punctuation before digits).
  const slot = (b: DayBasket) => b.slotStartsAt ?? "\uffff";
  return (a: DayBasket, b: DayBasket) => (slot(a) < slot(b) ? -1 : slot(a) > slot(b) ? 1 : byName(a, b));
}

// The baskets the referent asked to see, in the order asked. `keep` (the basket open on the screen) stays in the
// list even once it no longer matches, so that marking it « retiré » does not take it away mid-gesture.
export function findBaskets(
  baskets: readonly DayBasket[],
  { query, sort, filter, keep }: { query: string; sort: DaySort; filter: DayFilter; keep?: string | null },
  locale: string,
): DayBasket[] {
  const q = query.trim();
  return baskets
    .filter((b) => b.id === keep || ((filter === "all" || basketState(b) === filter) && (!q || matches(b, q))))
    .sort(compare(sort, locale));
}
