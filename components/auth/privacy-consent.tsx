import Link from "next/link";
import { FormChoice, FormFieldError } from "@/components/ui/action-form";
import type { Messages } from "@/lib/i18n/messages";

// Signing up is agreeing to the privacy notice: an explicit, unticked checkbox, with the notice one tap away.
export function PrivacyConsent({ t }: { t: Messages }) {
  const p = t.privacy;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-sm">
        <FormChoice type="checkbox" name="privacy" aria-describedby="field-privacy-error" className="mt-0.5 h-5 w-5" />
        <span>{p.consent}</span>
      </label>
      <Link href="/confidentialite" target="_blank" className="ml-7 text-sm text-leaf-700 underline">
        {p.consentLink}
      </Link>
      <FormFieldError name="privacy" />
    </div>
  );
}
