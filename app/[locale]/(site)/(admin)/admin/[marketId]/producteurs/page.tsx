import { ProducerList } from "@/components/admin/producer-list";
import { Alert } from "@/components/ui/alert";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { directoryOrigin } from "@/lib/domain/producer/directory-origin";
import { searchProducers } from "@/lib/domain/producer/search-producers";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { getMessages } from "@/lib/i18n/page";
import { isProductCategory, PRODUCT_CATEGORIES } from "@/lib/validation/product-categories";

export default async function ProducerDirectoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ marketId: string }>;
  searchParams: Promise<{ type?: string; q?: string; depuis?: string }>;
}) {
  const { marketId } = await params;
  const query = await searchParams;
  const actor = await loadPageActor(`/admin/${marketId}/producteurs`);
  const { locale, t } = await getMessages();
  const category = query.type && isProductCategory(query.type) ? query.type : undefined;
  const text = (query.q ?? "").trim().slice(0, 80) || undefined;
  const from = (query.depuis ?? "").trim().slice(0, 200);
  const answer = from
    ? await orNotFound(directoryOrigin({ actor, marketId, address: from, geocoder: banGeocoder() }))
    : null;
  const origin = answer && typeof answer === "object" ? answer : undefined;
  const producers = await orNotFound(searchProducers({ actor, marketId, category, text, origin }));
  const d = t.admin.directory;
  return (
    <section className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{d.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2 rounded-xl bg-white p-3" role="search">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {d.type}
          <select
            name="type"
            defaultValue={category ?? ""}
            className="rounded-md border border-stone-400 bg-white px-3 py-2"
          >
            <option value="">{d.any}</option>
            {PRODUCT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t.shop.categories[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {d.text}
          <input name="q" defaultValue={text} className="rounded-md border border-stone-400 px-3 py-2" />
        </label>
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="directory-from">{d.from}</label>
          <input
            id="directory-from"
            name="depuis"
            defaultValue={from}
            autoComplete="street-address"
            aria-describedby="directory-from-hint"
            className="rounded-md border border-stone-400 px-3 py-2"
          />
          <span id="directory-from-hint" className="text-xs font-normal text-muted">
            {d.fromHint}
          </span>
        </div>
        <button className="rounded-md bg-stone-700 px-4 py-2 font-semibold text-white">{d.search}</button>
      </form>
      {answer === "not-found" && <Alert tone="error">{d.fromNotFound}</Alert>}
      {answer === "unreachable" && <Alert tone="error">{d.fromUnreachable}</Alert>}
      {producers.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{d.none}</p>
      ) : (
        <ProducerList producers={producers} marketId={marketId} locale={locale} t={t} />
      )}
    </section>
  );
}
