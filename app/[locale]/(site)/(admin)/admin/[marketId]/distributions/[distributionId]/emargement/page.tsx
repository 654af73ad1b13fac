import { PrintButton } from "@/components/ui/print-button";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { formatMoney } from "@/lib/money";

type Params = { marketId: string; distributionId: string };
type Search = { tel?: string; produits?: string; montant?: string; creneau?: string; tri?: string };

// « Liste d'émargement »: the columns the referent wants, one compact line per basket, to print when the
// network may fail. Column choices are GET parameters so the printed URL can be bookmarked.
export default async function SignInSheetPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Search>;
}) {
  const { marketId, distributionId } = await params;
  const query = await searchParams;
  const actor = await loadPageActor(`/admin/${marketId}/distributions/${distributionId}/emargement`);
  const { locale, t } = await getMessages();
  const day = await orNotFound(getDistributionDay({ actor, marketId, distributionId, now: new Date() }));
  const s = t.admin.sheet;
  const firstVisit = Object.keys(query).length === 0;
  const show = {
    phone: firstVisit || query.tel === "1",
    products: firstVisit || query.produits === "1",
    total: firstVisit || query.montant === "1",
    slot: query.creneau === "1",
  };
  const tz = day.distribution.market.timeZone;
  const baskets = [...day.baskets];
  if (query.tri === "creneau")
    baskets.sort((a, b) => (a.slotStartsAt?.getTime() ?? Infinity) - (b.slotStartsAt?.getTime() ?? Infinity));
  const checkbox = (name: string, label: string, checked: boolean) => (
    <label className="flex items-center gap-1">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-4 w-4" />
      {label}
    </label>
  );
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-xl font-bold">
        {s.title} — {day.distribution.market.name} —{" "}
        {formatInZone(day.distribution.pickupStartAt, "dd/MM/yyyy HH:mm", tz, locale)}, {day.distribution.place.name}
      </h1>
      <form method="get" className="no-print flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 text-sm">
        <span className="font-semibold">{s.columns} :</span>
        {checkbox("tel", s.phone, show.phone)}
        {checkbox("produits", s.products, show.products)}
        {checkbox("montant", s.total, show.total)}
        {checkbox("creneau", s.slot, show.slot)}
        <label className="flex items-center gap-1">
          {s.sortBy}
          <select
            name="tri"
            defaultValue={query.tri ?? "nom"}
            className="rounded border border-stone-400 bg-white px-2 py-1"
          >
            <option value="nom">{s.byName}</option>
            <option value="creneau">{s.bySlot}</option>
          </select>
        </label>
        <button className="rounded-md bg-stone-700 px-3 py-1.5 font-semibold text-white">{s.apply}</button>
        <PrintButton label={s.print} />
      </form>
      <table className="w-full border-collapse bg-white text-xs leading-tight print:text-[10px]">
        <thead>
          <tr className="border-b-2 border-black text-left">
            <th className="p-1">{s.number}</th>
            <th className="p-1">{s.name}</th>
            {show.slot && <th className="p-1">{s.slot}</th>}
            {show.phone && <th className="p-1">{s.phone}</th>}
            {show.products && <th className="p-1">{s.products}</th>}
            {show.total && <th className="p-1 text-right">{s.total}</th>}
            <th className="w-24 p-1">{s.signature}</th>
          </tr>
        </thead>
        <tbody>
          {baskets.map((b) => (
            <tr key={b.id} className="border-b border-stone-300 align-top">
              <td className="p-1 font-bold">{b.basketNumber}</td>
              <td className="p-1 font-semibold">
                {b.user.lastName.toUpperCase()} {b.user.firstName}
              </td>
              {show.slot && (
                <td className="p-1">{b.slotStartsAt ? formatInZone(b.slotStartsAt, "HH:mm", tz, locale) : ""}</td>
              )}
              {show.phone && <td className="p-1 whitespace-nowrap">{b.user.phone}</td>}
              {show.products && (
                <td className="p-1">
                  {b.lines
                    .map((l) => `${formatDecimal(l.deliveredQuantity ?? l.quantity, locale)} × ${l.productName}`)
                    .join(" · ")}
                </td>
              )}
              {show.total && <td className="p-1 text-right whitespace-nowrap">{formatMoney(b.totalCents, locale)}</td>}
              <td className="p-1" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
