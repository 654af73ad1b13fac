"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import { usePersonal } from "../personal/personal";

// « Mes marchés » on the home page, once the personal view (asked with `markets`) says whose they are. Nothing
// for a visitor or someone in no market.
export function MyMarkets({ locale, title }: { locale: Locale; title: string }) {
  const markets = usePersonal()?.markets ?? [];
  if (markets.length === 0) return null;
  return (
    <Card asChild className="gap-0 p-5">
      <section aria-labelledby="my-markets">
        <h2 id="my-markets" className="mb-2 text-xl font-semibold">
          {title}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {markets.map((market) => (
            <li key={market.id}>
              <Link
                href={localizedPath(locale, `/m/${market.slug}`)}
                className="block rounded-lg bg-leaf-50 px-4 py-2 font-semibold text-leaf-700 hover:underline"
              >
                {market.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
