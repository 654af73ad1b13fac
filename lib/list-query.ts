// How an admin list is sorted and narrowed, read from its address (?tri=solde&ordre=desc&q=martin&filtre=dette)
// so that the server renders it, a link or a bookmark keeps it, and no script is needed.

export type SortDirection = "asc" | "desc";

export type ListQuery<C extends string, F extends string> = {
  sort: C;
  direction: SortDirection;
  // The words searched for, trimmed ("" for none).
  text: string;
  filter: F | null;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseListQuery<C extends string, F extends string>(
  params: Params,
  { columns, filters, defaultSort }: { columns: readonly C[]; filters: readonly F[]; defaultSort: C },
): ListQuery<C, F> {
  const sort = columns.find((c) => c === one(params.tri)) ?? defaultSort;
  const filter = filters.find((f) => f === one(params.filtre)) ?? null;
  return { sort, direction: one(params.ordre) === "desc" ? "desc" : "asc", text: one(params.q).trim(), filter };
}

// The list's address with some of its query changed; what is left as default stays out of the address.
export function listHref<C extends string, F extends string>(
  path: string,
  query: ListQuery<C, F>,
  change: Partial<ListQuery<C, F>>,
  defaultSort: C,
): string {
  const next = { ...query, ...change };
  const search = new URLSearchParams();
  if (next.text) search.set("q", next.text);
  if (next.filter) search.set("filtre", next.filter);
  if (next.sort !== defaultSort) search.set("tri", next.sort);
  if (next.direction === "desc") search.set("ordre", "desc");
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

// What a column's header needs: its aria-sort, and where a click leads (the same column the other way round
// when it is the sorted one, else that column ascending).
export function sortLink<C extends string, F extends string>(
  path: string,
  query: ListQuery<C, F>,
  column: C,
  defaultSort: C,
): { sorted: "ascending" | "descending" | undefined; href: string } {
  const current = query.sort === column;
  return {
    sorted: current ? (query.direction === "asc" ? "ascending" : "descending") : undefined,
    href: listHref(
      path,
      query,
      { sort: column, direction: current && query.direction === "asc" ? "desc" : "asc" },
      defaultSort,
    ),
  };
}

// Sorts a copy by one key, in the reader's language for text (« Élodie » among the E); ties keep their order.
export function sortRows<T>(
  rows: readonly T[],
  key: (row: T) => string | number,
  direction: SortDirection,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y)));
  });
}

// Whether every word searched for is found in one of the texts, whatever the case and accents.
export function matchesText(text: string, haystack: readonly (string | null | undefined)[]): boolean {
  if (!text) return true;
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const all = fold(haystack.filter(Boolean).join(" "));
  return fold(text)
    .split(/\s+/)
    .every((word) => all.includes(word));
}
