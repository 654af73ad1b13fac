import type { Metadata } from "next";
import { DayScreen } from "@/components/day/day-screen";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDayScreen } from "@/lib/domain/distribution-day/get-day-screen";
import { getMessages } from "@/lib/i18n/page";

type Params = { distributionId: string };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.day.title };
}

// Someone who does not run this distribution's day gets a 404, as for one that does not exist.
export default async function DistributionDayScreenPage({ params }: { params: Promise<Params> }) {
  const { distributionId } = await params;
  const actor = await loadPageActor(`/jour/${distributionId}`);
  const { locale } = await getMessages();
  const day = await orNotFound(getDayScreen({ actor, distributionId }));
  return <DayScreen day={day} locale={locale} serverNow={new Date().toISOString()} />;
}
