import Link from "next/link";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { HelpGuide as Guide } from "@/lib/i18n/messages/fr/help";

// One guide: its sections, each a numbered list of steps and the links into the app it speaks of.
export function HelpGuide({ locale, guide }: { locale: Locale; guide: Guide }) {
  return (
    <>
      {guide.sections.map((section) => (
        <section key={section.title} className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{section.title}</h2>
          <ol className="flex list-decimal flex-col gap-1 pl-6">
            {section.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {section.links.length > 0 && (
            <ul className="flex flex-wrap gap-3 text-sm">
              {section.links.map((link) => (
                <li key={link.href}>
                  <Link href={localizedPath(locale, link.href)} className="font-semibold text-leaf-700 underline">
                    {link.label} →
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
