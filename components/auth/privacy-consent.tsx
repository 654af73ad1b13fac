import Link from "next/link";
import { FormChoice } from "@/components/ui/action-form";
import type { Messages } from "@/lib/i18n/messages";

// Signing up is agreeing to the privacy notice: an explicit, unticked checkbox, with the notice one tap away.
export function PrivacyConsent({ t }: { t: Messages }) {
  const p = t.privacy;
  return (
    <div className="flex flex-col gap-1">
      <FormChoice type="checkbox" name="privacy" label={p.consent} />
      <Link href="/confidentialite" target="_blank" className="ml-7 text-sm text-leaf-700 underline">
        {p.consentLink}
      </Link>
    </div>
  );
}
