import type { Messages } from "@/lib/i18n/messages";

// « Besoin d'aide ? Écrivez à … »: the operator's contact from SUPPORT_EMAIL / SUPPORT_URL (lib/env.ts), or
// nothing when neither is set.
export function SupportContact({ t, contact }: { t: Messages["help"]; contact: { email?: string; url?: string } }) {
  if (!contact.email && !contact.url) return null;
  return (
    <p className="rounded-lg bg-leaf-50 p-3 text-sm">
      {contact.email ? (
        <>
          {t.support}{" "}
          <a href={`mailto:${contact.email}`} className="font-semibold text-leaf-700 underline">
            {contact.email}
          </a>
        </>
      ) : (
        <>
          {t.supportPage}{" "}
          <a href={contact.url} className="font-semibold text-leaf-700 underline">
            {t.supportPageLink}
          </a>
        </>
      )}
    </p>
  );
}
