import Link from "next/link";
import type { CommonMessages } from "@/lib/i18n/common-messages";
import { DEFAULT_LOCALE, type Locale, localizedPath } from "@/lib/i18n/locales";

// In a space (shop, admin, producer), a page that is not there says what may have happened and offers the next
// step: find a market, or open a space of one's own.
export function NotFoundMessage({
  n,
  space,
  locale = DEFAULT_LOCALE,
}: {
  n: CommonMessages["notFound"];
  space?: "shop" | "admin" | "producer";
  locale?: Locale;
}) {
  const offer = space
    ? n.spaces[space] && { ...n.spaces[space], href: localizedPath(locale, n.spaces[space].href) }
    : null;
  const primary = "rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white";
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{n.title}</h1>
      <p className="mb-6 text-muted">{offer?.text ?? n.text}</p>
      <div className="flex flex-col items-center gap-3">
        {offer && (
          <Link href={offer.href} className={primary}>
            {offer.action}
          </Link>
        )}
        {offer?.href !== localizedPath(locale, "/") && (
          <Link href={localizedPath(locale, "/")} className={offer ? "text-leaf-700 underline" : primary}>
            {n.back}
          </Link>
        )}
      </div>
    </div>
  );
}
