import { DistributionRow } from "@/components/admin/distribution-row";
import { ShareLink } from "@/components/admin/share-link";
import { NotificationList } from "@/components/notice/notification-list";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { listNotifications } from "@/lib/domain/notice/list-notifications";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export default async function MarketAdminHome({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const { actor, market } = await loadAdminMarket(marketId, `/admin/${marketId}`);
  const { locale, t } = await getMessages();
  const notifications = market.rights.admin ? await listNotifications({ actor, now: new Date(), marketId }) : [];
  const upcoming = market.distributions.filter((d) => !d.validatedAt).slice(0, 6);
  return (
    <div className="flex flex-col gap-4">
      <ShareLink market={market} locale={locale} t={t} heading="h1" />
      {notifications.length > 0 && (
        <Card asChild>
          <section aria-labelledby="admin-notifications" className="block">
            <h2 id="admin-notifications" className="mb-1 text-lg font-semibold">
              {t.admin.notifications.title}
            </h2>
            <NotificationList notifications={notifications} kinds={t.admin.notifications.kinds} />
          </section>
        </Card>
      )}
      <section aria-labelledby="upcoming-admin">
        <h2 id="upcoming-admin" className="mb-2 text-lg font-semibold">
          {t.admin.distributions.upcoming}
        </h2>
        {upcoming.length === 0 ? (
          <Card asChild>
            <p>{t.admin.distributions.none}</p>
          </Card>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {upcoming.map((d) => (
              <DistributionRow
                key={d.id}
                d={d}
                marketId={marketId}
                timeZone={market.timeZone}
                locale={locale}
                t={t}
                actions={market.rights.admin}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
