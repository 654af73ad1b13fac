import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { type AdminSection, openAdminSections } from "@/lib/domain/market-admin/admin-sections";
import { countUnreadThreads } from "@/lib/domain/message/market-inbox";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

export default async function MarketAdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ marketId: string }>;
}) {
  const { marketId } = await params;
  const { actor, market } = await loadAdminMarket(marketId, `/admin/${marketId}`);
  const { locale, t } = await getMessages();
  const open = openAdminSections(actor, marketId);
  const unread = open.includes("/messagerie/recus") ? await countUnreadThreads({ actor, marketId }) : 0;
  const n = t.admin.nav;
  const labels: Record<AdminSection, string> = {
    "": n.home,
    "/distributions": n.distributions,
    "/lieux": n.places,
    "/catalogues": n.catalogs,
    "/membres": n.members,
    "/messagerie": n.messages,
    "/messagerie/recus": t.inbox.admin.nav,
    "/permanences": n.duty,
    "/versements": n.payouts,
    "/rapports": t.reports.nav,
    "/parametres": n.settings,
  };
  const base = `/admin/${marketId}`;
  const items = open.map((section) => ({
    href: `${base}${section}`,
    label: labels[section],
    badge: section === "/messagerie/recus" ? { count: unread, label: t.inbox.admin.unread(unread) } : undefined,
  }));
  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-col gap-2 lg:flex-row lg:items-baseline lg:justify-between">
        <p className="text-xl font-bold">{market.name}</p>
        <AdminNav label={t.admin.title} items={items} />
      </div>
      {market.blocked && (
        <div role="alert" className="no-print rounded-xl border-l-4 border-red-800 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t.admin.blocked(market.unvalidated.length)}</p>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {market.unvalidated.map((d) => (
              <li key={d.id}>
                <Link href={`${base}/distributions/${d.id}/validation`} className="underline">
                  {formatInZone(d.pickupStartAt, "dd/MM/yyyy", market.timeZone, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </div>
  );
}
