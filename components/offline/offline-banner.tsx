"use client";

import { useLocale } from "@/components/layout/locale-context";
import { cn } from "@/components/ui/cn";
import { offlineMessagesFor } from "@/lib/i18n/offline-messages";
import { type SyncStatus, useOfflineDay } from "./offline-day-provider";

const tones: Record<SyncStatus, string> = {
  offline: "bg-amber-100 text-amber-900",
  "signed-out": "bg-red-100 text-red-800",
  syncing: "bg-earth-100 text-earth-800",
  waiting: "bg-earth-100 text-earth-800",
  synced: "bg-leaf-100 text-leaf-900",
};

// Where the day screen stands with the server, kept in view at the top of the screen and read out as it changes
// (role=status): offline, how many changes wait, or all sent; and from when the phone's copy dates.
export function OfflineBanner() {
  const { status, pending, savedAt, ready } = useOfflineDay();
  const locale = useLocale();
  const m = offlineMessagesFor(locale).status;
  const text = {
    offline: pending > 0 ? `${m.offline} · ${m.pending(pending)}` : m.offline,
    "signed-out": m.signedOut,
    syncing: m.syncing,
    waiting: m.pending(pending),
    synced: m.synced,
  }[status];
  const time =
    savedAt &&
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { hour: "2-digit", minute: "2-digit" }).format(
      savedAt,
    );
  return (
    <div
      role="status"
      data-status={status}
      data-offline-ready={ready}
      className={cn(
        "sticky top-0 z-10 flex flex-wrap justify-between gap-x-3 rounded-md px-3 py-2 font-semibold",
        tones[status],
      )}
    >
      <span>{text}</span>
      {time && <span className="font-normal">{m.savedAt(time)}</span>}
    </div>
  );
}
