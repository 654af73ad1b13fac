import { setLocaleAction } from "@/lib/actions/preferences";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// A plain form: switching language needs no client JavaScript.
export function LanguageSwitcher({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t.common.nav.language}>
      {LOCALES.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 ${l === locale ? "bg-leaf-100 font-semibold text-leaf-900" : "text-muted hover:underline"}`}
        >
          {t.common.languages[l]}
        </button>
      ))}
    </form>
  );
}
