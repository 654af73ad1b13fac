import Link from "next/link";
import { Button } from "@/components/ui/button";
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
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">{n.title}</h1>
      <p className="mb-6 text-muted">{offer?.text ?? n.text}</p>
      <div className="flex flex-col items-center gap-3">
        {offer && (
          <Button asChild>
            <Link href={offer.href}>{offer.action}</Link>
          </Button>
        )}
        {offer?.href !== localizedPath(locale, "/") && (
          <Button asChild variant={offer ? "link" : "primary"}>
            <Link href={localizedPath(locale, "/")}>{n.back}</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
