"use client";

import { useState } from "react";
import { useLocale } from "@/components/layout/locale-context";
import { Button } from "@/components/ui/button";
import { offlineMessagesFor } from "@/lib/i18n/offline-messages";

// « Déconnexion »: the phone may hold a day screen's copy (names and phone numbers of a whole distribution) and
// changes not sent yet. They are sent first; if some cannot be, the person stays signed in and is told why;
// otherwise every copy is erased, then the session ends (`signOut`, the server action).
export function SignOutForm({
  userId,
  signOut,
  label,
}: {
  userId: string;
  signOut: () => Promise<void>;
  label: string;
}) {
  const m = offlineMessagesFor(useLocale()).signOut;
  const [unsent, setUnsent] = useState(0);
  return (
    <form
      action={async () => {
        // Loaded on sign-out only: the header is on every page, the offline store on the day screen alone.
        const [{ eraseAtSignOut, hasOfflineData, queuedOperations }, { replayQueue }] = await Promise.all([
          import("@/lib/offline/local-store"),
          import("@/lib/offline/replay"),
        ]);
        if (await hasOfflineData()) {
          const distributionIds = new Set((await queuedOperations({ userId })).map((q) => q.distributionId));
          for (const distributionId of distributionIds) await replayQueue({ distributionId, userId });
          const left = (await queuedOperations({ userId })).length;
          setUnsent(left);
          if (left > 0) return;
          await eraseAtSignOut(userId);
        }
        await signOut();
      }}
    >
      <Button variant="plain">{label}</Button>
      {unsent > 0 && (
        <p role="alert" className="mt-1 max-w-60 text-sm text-red-800">
          {m.pending(unsent)}
        </p>
      )}
    </form>
  );
}
