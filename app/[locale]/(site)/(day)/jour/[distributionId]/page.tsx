import type { Metadata } from "next";
import { DayScreen } from "@/components/day/day-screen";
import { OfflineDayProvider } from "@/components/offline/offline-day-provider";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDayScreen } from "@/lib/domain/distribution-day/get-day-screen";
import { getMessages } from "@/lib/i18n/page";
import { OFFLINE_DAY_METADATA } from "@/lib/offline/pwa";

type Params = { distributionId: string };

export async function generateMetadata(): Promise<Metadata> {
  return { ...OFFLINE_DAY_METADATA, title: (await getMessages()).t.day.title };
}

// Someone who does not run this distribution's day gets a 404, as for one that does not exist. The page is the
// phone's copy of the day when it opens online (the service worker keeps the last one for when it is offline).
export default async function DistributionDayScreenPage({ params }: { params: Promise<Params> }) {
  const { distributionId } = await params;
  const actor = await loadPageActor(`/jour/${distributionId}`);
  const { locale } = await getMessages();
  const day = await orNotFound(getDayScreen({ actor, distributionId }));
  const now = new Date().toISOString();
  return (
    <OfflineDayProvider initial={day} renderedAt={now} userId={actor.userId}>
      <DayScreen locale={locale} serverNow={now} />
    </OfflineDayProvider>
  );
}
