"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { unlocalizedPath } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";

export type AdminNavItem = { href: string; label: string; badge?: { count: number; label: string } };

// The section a page belongs to: the longest link its path starts with (a distribution's page is under
// « Distributions », « Messages reçus » wins over « Messagerie », the home only when nothing else does).
function currentHref(pathname: string, items: AdminNavItem[]): string | undefined {
  const path = unlocalizedPath(pathname);
  return items
    .map((item) => item.href)
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

// The market's admin sections: one row of tabs, scrolled sideways on a phone (eleven words never fit 375 px), with
// the current one brought into the row's view.
export function AdminNav({ label, items }: { label: string; items: AdminNavItem[] }) {
  const current = currentHref(usePathname(), items);
  const row = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const ul = row.current;
    const tab = ul?.querySelector<HTMLElement>("[aria-current=page]");
    // scrollLeft rather than scrollIntoView: the page itself must not move.
    if (ul && tab) ul.scrollLeft = tab.offsetLeft - (ul.clientWidth - tab.offsetWidth) / 2;
  }, [current]);
  return (
    <nav aria-label={label} className="max-w-full min-w-0">
      <ul ref={row} className="relative flex gap-1 overflow-x-auto pb-1 whitespace-nowrap lg:flex-wrap">
        {items.map(({ href, label: text, badge }) => (
          <li key={href} className="shrink-0">
            <Button asChild variant="outline" size="sm">
              <Link
                href={href}
                aria-current={href === current ? "page" : undefined}
                className="gap-1.5 font-medium aria-[current=page]:border-leaf-700 aria-[current=page]:bg-leaf-700 aria-[current=page]:text-white"
              >
                {text}
                {badge && badge.count > 0 && (
                  <span className="rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
                    <span aria-hidden>{badge.count}</span>
                    <span className="sr-only">{badge.label}</span>
                  </span>
                )}
              </Link>
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
