import { capitalizedFirst, formatDecimal, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { effectiveQuantity } from "../order/line-total";

// « Liste d'émargement »: one line per basket, in the columns the admin chose, for the printed page and the PDF
// alike (both draw what buildSignInSheet returns, so they cannot disagree).

export const SIGN_IN_SHEET_COLUMNS = [
  "number",
  "name",
  "slot",
  "phone",
  "products",
  "amount",
  "signature",
  "notes",
] as const;
export type SignInSheetColumn = (typeof SIGN_IN_SHEET_COLUMNS)[number];
export type SignInSheetSort = "name" | "slot";
export type SignInSheetOptions = { columns: readonly SignInSheetColumn[]; sort: SignInSheetSort };

// The query string's names (French, like the page's address): the choice is a GET form, so that a printed
// sheet's address can be bookmarked and the PDF link carries the same choice.
export const COLUMN_PARAM = "colonnes";
export const SORT_PARAM = "tri";
export const COLUMN_VALUES: Record<SignInSheetColumn, string> = {
  number: "numero",
  name: "nom",
  slot: "creneau",
  phone: "telephone",
  products: "produits",
  amount: "montant",
  signature: "emargement",
  notes: "notes",
};
export const SORT_VALUES: Record<SignInSheetSort, string> = { name: "nom", slot: "creneau" };

const DEFAULT_COLUMNS: readonly SignInSheetColumn[] = ["number", "name", "phone", "products", "amount", "signature"];

// Relative widths, shared by the page's <col>s and the PDF's cells: the blank columns need room to write in.
const COLUMN_WEIGHTS: Record<SignInSheetColumn, number> = {
  number: 0.6,
  name: 2,
  slot: 0.8,
  phone: 1.5,
  products: 4,
  amount: 1.2,
  signature: 1.8,
  notes: 1.8,
};

type Query = { [COLUMN_PARAM]?: string | string[]; [SORT_PARAM]?: string | string[] };

// Unknown values are ignored and the columns keep their own order; a sheet with no column at all would be
// useless, so choosing none (or arriving without a choice) gives the usual ones.
export function readSignInSheetOptions(query: Query): SignInSheetOptions {
  const chosen = new Set([query[COLUMN_PARAM] ?? []].flat());
  const columns = SIGN_IN_SHEET_COLUMNS.filter((column) => chosen.has(COLUMN_VALUES[column]));
  const sort = [query[SORT_PARAM]].flat().includes(SORT_VALUES.slot) ? "slot" : "name";
  return { columns: columns.length > 0 ? columns : DEFAULT_COLUMNS, sort };
}

export function signInSheetQuery(options: SignInSheetOptions): string {
  const params = new URLSearchParams(options.columns.map((column) => [COLUMN_PARAM, COLUMN_VALUES[column]]));
  params.append(SORT_PARAM, SORT_VALUES[options.sort]);
  return params.toString();
}

export type SignInSheetBasket = {
  id: string;
  basketNumber: number;
  user: { firstName: string; lastName: string; phone: string | null };
  slotStartsAt: Date | null;
  totalCents: number;
  lines: { productName: string; quantity: string; deliveredQuantity: string | null }[];
};

export type SignInSheetDay = {
  distribution: {
    pickupStartAt: Date;
    pickupEndAt: Date;
    place: { name: string; city: string };
    market: { name: string; timeZone: string };
  };
  baskets: readonly SignInSheetBasket[];
};

export type SignInSheet = {
  title: string;
  market: string;
  place: string;
  when: string;
  // Products make for long lines: the sheet is printed across the page when it lists them.
  orientation: "portrait" | "landscape";
  columns: { id: SignInSheetColumn; label: string; share: number }[];
  rows: { id: string; cells: string[] }[];
  empty: string;
};

const TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export function buildSignInSheet(
  day: SignInSheetDay,
  options: SignInSheetOptions,
  { locale, t }: { locale: Locale; t: Messages },
): SignInSheet {
  const s = t.admin.sheet;
  const { distribution } = day;
  const tz = distribution.market.timeZone;
  const time = (instant: Date) => formatInZone(instant, "HH:mm", tz, locale);
  const cell: Record<SignInSheetColumn, (basket: SignInSheetBasket) => string> = {
    number: (b) => String(b.basketNumber),
    name: (b) => `${b.user.lastName.toLocaleUpperCase(TAGS[locale])} ${b.user.firstName}`,
    slot: (b) => (b.slotStartsAt ? time(b.slotStartsAt) : ""),
    phone: (b) => b.user.phone ?? "",
    // What is handed over: a line the referent found missing (delivered 0) is not.
    products: (b) =>
      b.lines
        .map((l) => ({ name: l.productName, quantity: effectiveQuantity(l).toString() }))
        .filter((l) => Number(l.quantity) > 0)
        .map((l) => `${formatDecimal(l.quantity, locale)} × ${l.name}`)
        .join(" · "),
    amount: (b) => formatMoney(b.totalCents, locale),
    signature: () => "",
    notes: () => "",
  };
  const weight = options.columns.reduce((sum, column) => sum + COLUMN_WEIGHTS[column], 0);
  return {
    title: s.title,
    market: distribution.market.name,
    place: `${distribution.place.name}, ${distribution.place.city}`,
    when: capitalizedFirst(
      s.when(
        formatInZone(distribution.pickupStartAt, t.market.dateFormat, tz, locale),
        time(distribution.pickupStartAt),
        time(distribution.pickupEndAt),
      ),
      locale,
    ),
    orientation: options.columns.includes("products") ? "landscape" : "portrait",
    columns: options.columns.map((id) => ({ id, label: s.headers[id], share: COLUMN_WEIGHTS[id] / weight })),
    rows: sortBaskets(day.baskets, options.sort, locale).map((basket) => ({
      id: basket.id,
      cells: options.columns.map((column) => cell[column](basket)),
    })),
    empty: t.admin.day.none,
  };
}

// By last name, then first name, as the reader's language orders them (accents with their letter); by pick-up
// slot, earliest first and baskets without a slot last, then by name. The basket number settles namesakes.
function sortBaskets(baskets: readonly SignInSheetBasket[], sort: SignInSheetSort, locale: Locale) {
  const collator = new Intl.Collator(TAGS[locale], { sensitivity: "base" });
  const byName = (a: SignInSheetBasket, b: SignInSheetBasket) =>
    collator.compare(a.user.lastName, b.user.lastName) ||
    collator.compare(a.user.firstName, b.user.firstName) ||
    a.basketNumber - b.basketNumber;
  const slotOf = (b: SignInSheetBasket) => b.slotStartsAt?.getTime() ?? Infinity;
  const bySlot = (a: SignInSheetBasket, b: SignInSheetBasket) => slotOf(a) - slotOf(b) || byName(a, b);
  return [...baskets].sort(sort === "slot" ? bySlot : byName);
}
