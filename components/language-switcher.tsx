import { Button } from "@/components/ui/button";
import { setLocaleAction } from "@/lib/actions/preferences";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// A plain form: switching language needs no client JavaScript.
export function LanguageSwitcher({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t.common.nav.language}>
      {LOCALES.map((l) => (
        <Button
          key={l}
          variant="ghost"
          size="sm"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className="px-2 py-1 font-normal text-muted aria-pressed:bg-leaf-100 aria-pressed:font-semibold aria-pressed:text-leaf-900"
        >
          {t.common.languages[l]}
        </Button>
      ))}
    </form>
  );
}
