import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { joinMarketAction } from "@/lib/actions/shop";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// On the market page, for a signed-in person: a member reaches the volunteer calendar, anyone else may join.
export function MemberState({
  market,
  member,
  locale,
  t,
}: {
  market: { id: string; slug: string };
  member: boolean;
  locale: Locale;
  t: Messages;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      {member ? (
        <>
          <p className="text-sm font-medium text-leaf-700">{t.market.member}</p>
          <Link
            href={localizedPath(locale, `/m/${market.slug}/permanences`)}
            className="text-sm text-leaf-700 underline"
          >
            {t.market.dutyCalendar}
          </Link>
        </>
      ) : (
        <ActionForm
          action={joinMarketAction}
          hidden={{ marketId: market.id, slug: market.slug }}
          submitLabel={t.market.join}
          pendingLabel={t.common.loading}
          variant="secondary"
          className="flex flex-col gap-1"
        />
      )}
    </div>
  );
}
