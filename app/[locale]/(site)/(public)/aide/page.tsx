import type { Metadata } from "next";
import Link from "next/link";
import { SupportContact } from "@/components/help/support-contact";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { supportContact } from "@/lib/env";
import { HELP_GUIDES } from "@/lib/help-guides";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";

// The help's index: the same for everybody, no database, served from Next's cache (README, Performance).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.help.title, description: t.help.intro };
}

export default async function HelpIndexPage() {
  const { locale, t } = await getMessages();
  return (
    <PublicFrame locale={locale} t={t} query={{}}>
      <Card asChild className="mx-auto max-w-2xl gap-4 p-5">
        <article>
          <h1 className="text-2xl font-bold">{t.help.title}</h1>
          <p className="text-muted">{t.help.intro}</p>
          <ul className="flex flex-col gap-3">
            {HELP_GUIDES.map((slug) => (
              <li key={slug}>
                <Link href={localizedPath(locale, `/aide/${slug}`)} className="font-semibold text-leaf-700 underline">
                  {t.help.guides[slug].title}
                </Link>
                <p className="text-sm text-muted">{t.help.guides[slug].summary}</p>
              </li>
            ))}
          </ul>
          <SupportContact t={t.help} contact={supportContact()} />
        </article>
      </Card>
    </PublicFrame>
  );
}
