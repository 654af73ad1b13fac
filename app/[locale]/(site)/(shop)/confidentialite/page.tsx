import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.privacy.title, description: t.privacy.updated };
}

export default async function PrivacyPage() {
  const { t } = await getMessages();
  const p = t.privacy;
  return (
    <Card asChild className="mx-auto max-w-2xl gap-4 p-5">
      <article>
        <h1 className="text-2xl font-bold">{p.title}</h1>
        <p className="text-muted">{p.updated}</p>
        {p.sections.map((section) => (
          <section key={section.heading} className="flex flex-col gap-1">
            <h2 className="text-lg font-semibold">{section.heading}</h2>
            <p>{section.text}</p>
          </section>
        ))}
      </article>
    </Card>
  );
}
