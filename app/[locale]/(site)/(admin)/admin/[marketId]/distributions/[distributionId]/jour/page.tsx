import type { Metadata } from "next";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { OfflineDayList } from "@/components/offline/offline-day-list";
import { OfflineDayProvider } from "@/components/offline/offline-day-provider";
import { OfflineProblems } from "@/components/offline/offline-problems";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { formatInZone } from "@/lib/i18n/format";
import { offlineMessagesFor } from "@/lib/i18n/offline-messages";
import { getMessages } from "@/lib/i18n/page";
import { toOfflineDay } from "@/lib/offline/offline-day";
import { OFFLINE_DAY_METADATA } from "@/lib/offline/pwa";

type Params = { marketId: string; distributionId: string };

export async function generateMetadata(): Promise<Metadata> {
  return { ...OFFLINE_DAY_METADATA, title: offlineMessagesFor((await getMessages()).locale).list.title };
}

// The distribution day on a phone, with or without network: the page reads the day once online, and the
// provider keeps it in IndexedDB, queues what the referent does and sends it when it can (lib/offline).
export default async function OfflineDayPage({ params }: { params: Promise<Params> }) {
  const { marketId, distributionId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/distributions/${distributionId}/jour`);
  const { locale } = await getMessages();
  const m = offlineMessagesFor(locale).list;
  const now = new Date();
  const day = await orNotFound(getDistributionDay({ actor, marketId, distributionId, now }));
  const d = day.distribution;
  const tz = d.market.timeZone;
  return (
    <OfflineDayProvider initial={toOfflineDay(day)} renderedAt={now.toISOString()} userId={actor.userId}>
      <div className="mx-auto flex max-w-xl flex-col gap-3">
        <OfflineBanner />
        <header>
          <h1 className="text-2xl font-bold">{m.title}</h1>
          <p>
            {formatInZone(d.pickupStartAt, "HH:mm", tz, locale)}–{formatInZone(d.pickupEndAt, "HH:mm", tz, locale)} ·{" "}
            {d.place.name}
          </p>
          <p className="text-sm text-muted">{m.intro}</p>
        </header>
        <OfflineProblems />
        <OfflineDayList />
      </div>
    </OfflineDayProvider>
  );
}
