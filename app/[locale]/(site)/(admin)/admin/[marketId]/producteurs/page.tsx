import { ProducerList } from "@/components/admin/producer-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
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
      <Card asChild>
        <form method="get" className="flex-row flex-wrap items-end gap-2 p-3" role="search">
          <Field label={d.type} id="directory-type">
            <Select name="type" defaultValue={category ?? ""}>
              <option value="">{d.any}</option>
              {PRODUCT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t.shop.categories[c]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={d.text} id="directory-text">
            <Input name="q" defaultValue={text} />
          </Field>
          <Field label={d.from} hint={d.fromHint} id="directory-from">
            <Input name="depuis" defaultValue={from} autoComplete="street-address" />
          </Field>
          <Button variant="secondary">{d.search}</Button>
        </form>
      </Card>
      {answer === "not-found" && <Alert tone="error">{d.fromNotFound}</Alert>}
      {answer === "unreachable" && <Alert tone="error">{d.fromUnreachable}</Alert>}
      {producers.length === 0 ? (
        <Card asChild>
          <p>{d.none}</p>
        </Card>
      ) : (
        <ProducerList producers={producers} marketId={marketId} locale={locale} t={t} />
      )}
    </section>
  );
}
