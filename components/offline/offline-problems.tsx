"use client";

import { useLocale } from "@/components/layout/locale-context";
import { Button } from "@/components/ui/button";
import { formatDecimal } from "@/lib/i18n/format";
import { offlineMessagesFor } from "@/lib/i18n/offline-messages";
import { useOfflineDay } from "./offline-day-provider";

// What the server did not apply, until the referent has seen it: a quantity someone else changed meanwhile (to
// redo on the current figure), or an operation refused, with the reason. Nothing is dropped without a word.
export function OfflineProblems() {
  const { problems, dismissProblem } = useOfflineDay();
  const locale = useLocale();
  const m = offlineMessagesFor(locale);
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="offline-problems" className="rounded-md border-l-4 border-red-800 bg-red-50 p-3">
      <h2 id="offline-problems" className="font-semibold text-red-800">
        {m.problems.title}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {problems.map((p) => (
          <li key={p.id} className="flex items-start justify-between gap-2 text-sm">
            <span>
              {p.kind === "conflict"
                ? m.problems.conflict(
                    p.basketNumber,
                    p.productName ?? m.operations[p.type],
                    formatDecimal(p.mine.replace(",", "."), locale),
                    formatDecimal(p.current, locale),
                  )
                : m.problems.refused(p.basketNumber, m.operations[p.type], p.reason)}
            </span>
            <Button variant="outline" size="sm" onClick={() => void dismissProblem(p.id)}>
              {m.problems.dismiss}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
