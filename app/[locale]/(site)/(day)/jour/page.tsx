import type { Metadata } from "next";
import Link from "next/link";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listReferentDays } from "@/lib/domain/distribution-day/list-referent-days";
import { formatInZone } from "@/lib/i18n/format";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.day.mine.title };
}

// Where a referent finds the day screens they were named to run (the header links here).
export default async function ReferentDaysPage() {
  const actor = await loadPageActor("/jour");
  const { locale, t } = await getMessages();
  const days = await listReferentDays({ actor });
  const m = t.day.mine;
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="text-sm text-muted">{m.intro}</p>
      {days.length === 0 ? (
        <Card asChild>
          <p>{m.none}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-2">
          {days.map((d) => {
            const at = (date: Date, pattern: string) => formatInZone(date, pattern, d.market.timeZone, locale);
            return (
              <li key={d.id}>
                <Card asChild>
                  <Link href={localizedPath(locale, `/jour/${d.id}`)} className="gap-0 p-3 hover:bg-leaf-50">
                    <span className="font-semibold">{d.market.name}</span>
                    <span className="first-letter:uppercase">
                      {t.day.pickup(
                        at(d.pickupStartAt, "EEEE d MMMM"),
                        at(d.pickupStartAt, "HH:mm"),
                        at(d.pickupEndAt, "HH:mm"),
                        d.place.name,
                      )}
                    </span>
                  </Link>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
