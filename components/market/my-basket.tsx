"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatQuantity } from "@/lib/i18n/format-quantity";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { usePersonal } from "../personal/personal";

// On the market page (served the same to everybody from the cache), the signed-in person's own basket for one
// distribution, once their personal view has come (lib/domain/personal/get-personal-view.ts, marketBaskets).
export function MyBasket({
  distributionId,
  locale,
  labels,
}: {
  distributionId: string;
  locale: Locale;
  labels: Messages["market"]["myBasket"];
}) {
  const basket = usePersonal()?.marketBaskets.find((b) => b.distributionId === distributionId);
  if (!basket) return null;
  return (
    <Card asChild className="gap-1 p-3 text-sm text-stone-900">
      <section aria-label={labels.title} data-my-basket>
        <p className="flex justify-between gap-2 font-semibold">
          <span>{labels.title}</span>
          <span>{formatMoney(basket.totalCents, locale)}</span>
        </p>
        <p className="text-xs text-muted">{basket.confirmed ? labels.confirmed : labels.draft}</p>
        <ul className="divide-y divide-earth-100">
          {basket.lines.map((line, i) => (
            <li key={i} className="flex justify-between gap-2 py-1">
              <span>
                {formatQuantity(line.quantity, line.unit, locale)} · {line.productName}
              </span>
              <span className="whitespace-nowrap">{formatMoney(line.totalCents, locale)}</span>
            </li>
          ))}
        </ul>
        <Link
          href={localizedPath(locale, `/commande/${basket.id}`)}
          prefetch={false}
          className="text-leaf-700 underline"
        >
          {labels.see}
        </Link>
      </section>
    </Card>
  );
}
