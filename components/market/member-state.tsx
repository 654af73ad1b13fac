"use client";

import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { joinMarketAction } from "@/lib/actions/shop";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { usePersonal } from "../personal/personal";

// On the market page, for a signed-in person, once their personal view has come: a member reaches the volunteer
// calendar, anyone else may join. Nothing for a visitor.
export function MemberState({
  market,
  locale,
  labels,
}: {
  market: { id: string; slug: string };
  locale: Locale;
  labels: Pick<Messages["market"], "member" | "dutyCalendar" | "join"> & { loading: string };
}) {
  const personal = usePersonal();
  if (!personal?.account) return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {personal.member ? (
        <>
          <p className="text-sm font-medium text-leaf-700">{labels.member}</p>
          <Link
            href={localizedPath(locale, `/m/${market.slug}/permanences`)}
            className="text-sm text-leaf-700 underline"
          >
            {labels.dutyCalendar}
          </Link>
        </>
      ) : (
        <ActionForm
          action={joinMarketAction}
          hidden={{ marketId: market.id, slug: market.slug }}
          submitLabel={labels.join}
          pendingLabel={labels.loading}
          variant="secondary"
          className="flex flex-col gap-1"
        />
      )}
    </div>
  );
}
