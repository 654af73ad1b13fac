import { ReportLoading } from "@/components/report/report-loading";
import { getMessages } from "@/lib/i18n/page";

export default async function Loading() {
  const { t } = await getMessages();
  return <ReportLoading title={t.reports.title} label={t.reports.computing} />;
}
