import type { Metadata } from "next";
import Link from "next/link";
import { PlaceFields } from "@/components/admin/place-fields";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { createMarketAction } from "@/lib/actions/admin";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listAdministeredMarkets } from "@/lib/domain/market-admin/get-admin-market";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

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
          <Card asChild>
            <p>{a.none}</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-2">
            {markets.map((m) => (
              <li key={m.id}>
                <Card asChild>
                  <Link href={`/admin/${m.id}`} className="block font-semibold text-leaf-700 hover:underline">
                    {m.name}
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card asChild>
        <section aria-labelledby="create-market" className="block p-5">
          <h2 id="create-market" className="text-xl font-bold">
            {a.create.title}
          </h2>
          <p className="mb-3 text-sm text-muted">{a.create.intro}</p>
          <ActionForm action={createMarketAction} submitLabel={a.create.submit} pendingLabel={t.common.loading}>
            <FormField name="name" label={a.create.name} />
            <PlaceFields t={t} />
          </ActionForm>
        </section>
      </Card>
    </div>
  );
}
