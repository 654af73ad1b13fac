import { DistributionForm } from "@/components/admin/distribution-form";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionFormOrThrow } from "@/lib/domain/distribution-plan/get-distribution-form";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export default async function EditDistributionPage({
  params,
}: {
  params: Promise<{ marketId: string; distributionId: string }>;
}) {
  const { marketId, distributionId } = await params;
  const { actor, market } = await loadAdminMarket(
    marketId,
    `/admin/${marketId}/distributions/${distributionId}/modifier`,
  );
  const { t } = await getMessages();
  const form = await orNotFound(getDistributionFormOrThrow({ actor, marketId, distributionId }));
  return (
    <Card asChild>
      <section className="block max-w-xl">
        <h1 className="mb-3 text-xl font-bold">{t.admin.distributions.editTitle}</h1>
        <DistributionForm
          marketId={marketId}
          distributionId={distributionId}
          places={market.places.filter((p) => !p.archivedAt || p.id === form.values.placeId)}
          values={form.values}
          submitLabel={t.common.save}
          t={t}
        />
      </section>
    </Card>
  );
}
