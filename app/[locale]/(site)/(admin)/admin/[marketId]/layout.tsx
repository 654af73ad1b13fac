import Link from "next/link";
import type { ReactNode } from "react";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
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
  const { market } = await loadAdminMarket(marketId, `/admin/${marketId}`);
  const { locale, t } = await getMessages();
  const n = t.admin.nav;
  const base = `/admin/${marketId}`;
  const tabs = [
    [base, n.home],
    [`${base}/distributions`, n.distributions],
    [`${base}/lieux`, n.places],
    [`${base}/catalogues`, n.catalogs],
    [`${base}/membres`, n.members],
    [`${base}/messagerie`, n.messages],
    [`${base}/messagerie/recus`, t.inbox.admin.nav],
    [`${base}/permanences`, n.duty],
    [`${base}/versements`, n.payouts],
    [`${base}/rapports`, t.reports.nav],
    [`${base}/parametres`, n.settings],
  ] as const;
  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xl font-bold">{market.name}</p>
        <nav aria-label={t.admin.title} className="flex flex-wrap gap-1">
          {tabs.map(([href, label]) => (
            <Link
              key={href}
              href={href}
              className="rounded-md bg-white px-3 py-1.5 text-sm font-medium shadow-sm hover:bg-leaf-50"
            >
              {label}
            </Link>
          ))}
        </nav>
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
