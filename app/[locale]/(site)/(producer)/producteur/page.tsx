import { ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm, FormField, FormTextarea } from "@/components/ui/action-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { createProducerAction } from "@/lib/actions/producer";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listMyProducers } from "@/lib/domain/producer/create-producer";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.producer.title };
}

export default async function ProducerHomePage({ searchParams }: { searchParams: Promise<{ nouveau?: string }> }) {
  const actor = await loadPageActor("/producteur");
  const { t } = await getMessages();
  const producers = await listMyProducers({ actor });
  if (producers.length === 1 && !(await searchParams).nouveau) redirect(`/producteur/${producers[0].id}`);
  const p = t.producer;
  return (
    <div className="flex flex-col gap-6">
      {producers.length > 0 && (
        <ul className="flex flex-col gap-2">
          {producers.map((producer) => (
            <Card key={producer.id} asChild className="p-0">
              <li>
                <Link
                  href={`/producteur/${producer.id}`}
                  className="flex items-center justify-between gap-2 rounded-xl p-4 font-semibold text-leaf-700 hover:bg-leaf-50"
                >
                  {producer.name}
                  <ChevronRight aria-hidden className="size-5 shrink-0" />
                </Link>
              </li>
            </Card>
          ))}
        </ul>
      )}
      <Card asChild>
        <section aria-labelledby="create-producer">
          <CardHeader>
            <CardTitle asChild>
              <h1 id="create-producer" className="text-xl font-bold">
                {p.create.title}
              </h1>
            </CardTitle>
            <CardDescription>{p.create.intro}</CardDescription>
          </CardHeader>
          <ActionForm action={createProducerAction} submitLabel={p.create.submit} pendingLabel={t.common.loading}>
            <FormField name="name" label={p.fields.name} />
            <FormTextarea name="description" label={p.fields.description} rows={3} />
            <FormField name="address" label={p.fields.address} autoComplete="street-address" />
            <div className="grid grid-cols-2 gap-3">
              <FormField name="zipCode" label={p.fields.zipCode} autoComplete="postal-code" />
              <FormField name="city" label={p.fields.city} autoComplete="address-level2" />
            </div>
            <FormField name="phone" label={p.fields.phone} type="tel" autoComplete="tel" />
            <FormField name="email" label={p.fields.email} type="email" autoComplete="email" />
            <FormField name="website" label={p.fields.website} type="url" />
          </ActionForm>
        </section>
      </Card>
    </div>
  );
}
