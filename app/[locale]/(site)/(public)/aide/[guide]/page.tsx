import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HelpGuide } from "@/components/help/help-guide";
import { SupportContact } from "@/components/help/support-contact";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { supportContact } from "@/lib/env";
import { HELP_GUIDES, isHelpGuide } from "@/lib/help-guides";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";

// One space's guide: the same for everybody, no database, served from Next's cache (README, Performance).
type Params = { locale: string; guide: string };

export const dynamicParams = false;
export const generateStaticParams = () => HELP_GUIDES.map((guide) => ({ guide }));

async function guideOf(params: Promise<Params>) {
  const { guide } = await params;
  if (!isHelpGuide(guide)) notFound();
  const { t } = await getMessages();
  return t.help.guides[guide];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const guide = await guideOf(params);
  return { title: guide.title, description: guide.summary };
}

export default async function HelpGuidePage({ params }: { params: Promise<Params> }) {
  const { locale, t } = await getMessages();
  const guide = await guideOf(params);
  return (
    <PublicFrame locale={locale} t={t} query={{}}>
      <Card asChild className="mx-auto max-w-2xl gap-4 p-5">
        <article>
          <Link href={localizedPath(locale, "/aide")} className="text-sm text-leaf-700 underline">
            ← {t.help.backToIndex}
          </Link>
          <h1 className="text-2xl font-bold">{guide.title}</h1>
          <p className="text-muted">{guide.summary}</p>
          <HelpGuide locale={locale} guide={guide} />
          <SupportContact t={t.help} contact={supportContact()} />
        </article>
      </Card>
    </PublicFrame>
  );
}
