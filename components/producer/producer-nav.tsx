"use client";

import { BarChart3, BookOpen, Landmark, Mail, ShoppingBasket } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";
import { type Locale, localizedPath, unlocalizedPath } from "@/lib/i18n/locales";

const TABS = [
  { key: "catalogs", href: "/producteur", Icon: BookOpen },
  { key: "sales", href: "/producteur/ventes", Icon: ShoppingBasket },
  { key: "messages", href: "/producteur/messages", Icon: Mail },
  { key: "payouts", href: "/producteur/versements", Icon: Landmark },
  { key: "reports", href: "/producteur/rapports", Icon: BarChart3 },
] as const;

type Tab = (typeof TABS)[number];

// The other tabs own their own prefix; every other page of the space (a catalog, a product, the producer's
// profile) belongs to the catalogs.
function currentTab(pathname: string): Tab["key"] {
  const path = unlocalizedPath(pathname);
  return TABS.find((tab) => tab.key !== "catalogs" && path.startsWith(tab.href))?.key ?? "catalogs";
}

// The producer space's sections: a row of links under the header from 640 px up, a tab bar fixed at the bottom
// of the screen on a phone (five labelled icons fit 320 px, where a row of words did not).
export function ProducerNav({
  locale,
  label,
  labels,
}: {
  locale: Locale;
  label: string;
  labels: Record<Tab["key"], string>;
}) {
  const current = currentTab(usePathname());
  return (
    <nav
      aria-label={label}
      className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-earth-100 bg-white pb-[env(safe-area-inset-bottom)] sm:static sm:border-t-0 sm:border-b sm:bg-leaf-50 sm:pb-0"
    >
      <ul className="mx-auto grid max-w-3xl grid-cols-5 sm:flex sm:flex-wrap sm:gap-x-4 sm:gap-y-1 sm:px-4 sm:py-2">
        {TABS.map(({ key, href, Icon }) => (
          <li key={key} className="min-w-0">
            <Link
              href={localizedPath(locale, href)}
              aria-current={key === current ? "page" : undefined}
              className={cn(
                "flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-[0.6875rem] font-semibold text-earth-800",
                "aria-[current=page]:text-leaf-700 sm:min-h-0 sm:flex-row sm:gap-1.5 sm:px-0 sm:text-sm sm:text-ink",
                "sm:aria-[current=page]:text-leaf-700 sm:aria-[current=page]:underline sm:aria-[current=page]:underline-offset-4",
              )}
            >
              <Icon aria-hidden className="size-5 shrink-0 sm:hidden" />
              <span>{labels[key]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
