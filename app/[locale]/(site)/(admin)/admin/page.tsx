import type { Metadata } from "next";
import Link from "next/link";
import { PlaceFields } from "@/components/admin/place-fields";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { createMarketAction } from "@/lib/actions/admin";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listAdministeredMarkets } from "@/lib/domain/market-admin/get-admin-market";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.admin.title };
}

export default async function AdminHomePage() {
  const actor = await loadPageActor("/admin");
  const { t } = await getMessages();
  const markets = await listAdministeredMarkets({ actor });
  const a = t.admin;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="my-markets">
        <h1 id="my-markets" className="mb-3 text-2xl font-bold">
          {a.myMarkets}
        </h1>
        {markets.length === 0 ? (
          <p className="rounded-lg bg-white p-4">{a.none}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {markets.map((m) => (
              <li key={m.id}>
                <Link
                  href={`/admin/${m.id}`}
                  className="block rounded-lg bg-white p-4 font-semibold text-leaf-700 shadow-sm hover:underline"
                >
                  {m.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-market" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="create-market" className="text-xl font-bold">
          {a.create.title}
        </h2>
        <p className="mb-3 text-sm text-muted">{a.create.intro}</p>
        <ActionForm action={createMarketAction} submitLabel={a.create.submit} pendingLabel={t.common.loading}>
          <FormField name="name" label={a.create.name} />
          <PlaceFields t={t} />
        </ActionForm>
      </section>
    </div>
  );
}
