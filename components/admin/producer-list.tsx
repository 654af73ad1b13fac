import Link from "next/link";
import type { searchProducers } from "@/lib/domain/producer/search-producers";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { Card } from "@/components/ui/card";

type Producers = Awaited<ReturnType<typeof searchProducers>>;

export function ProducerList({
  producers,
  marketId,
  locale,
  t,
}: {
  producers: Producers;
  marketId: string;
  locale: Locale;
  t: Messages;
}) {
  const d = t.admin.directory;
  return (
    <ul className="flex flex-col gap-2">
      {producers.map((p) => (
        <Card asChild key={p.id}>
          <li className="flex-row flex-wrap items-center justify-between gap-2 p-3" data-producer={p.name}>
            <span>
              <span className="font-semibold">{p.name}</span>
              {p.city && ` — ${p.city}`}
              {p.km !== null && <span className="text-muted"> · {d.km(formatDecimal(p.km, locale, 1))}</span>}
            </span>
            <span className="flex gap-3 text-sm">
              <Link href={`/producteurs/${p.slug}`} className="text-leaf-700 underline">
                {d.page}
              </Link>
              <Link href={`/admin/${marketId}/messagerie?producteur=${p.id}`} className="text-leaf-700 underline">
                {t.admin.messages.writeToProducer}
              </Link>
            </span>
          </li>
        </Card>
      ))}
    </ul>
  );
}
