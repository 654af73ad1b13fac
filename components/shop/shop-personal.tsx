import type { ShopPersonalView } from "@/lib/domain/personal/get-personal-view";
import type { Locale } from "@/lib/i18n/locales";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { formatMoney } from "@/lib/money";
import { Basket } from "./basket";
import { ContactBanner } from "./contact-banner";

const SHEET_ID = "panier-feuille";

// What a shop shows of the shopper: the contact details the market still needs, the basket, and on phones a bar
// with its total that opens the basket in a bottom sheet. The public page is drawn with a visitor's (no basket); components/shop/shopper-basket.tsx draws
// the signed-in shopper's in the browser.
export function ShopPersonal({
  distributionId,
  shop: { open, missingFields, basket },
  locale,
  t,
}: {
  distributionId: string;
  shop: Pick<ShopPersonalView, "open" | "missingFields" | "basket">;
  locale: Locale;
  t: ShopMessages;
}) {
  return (
    <div className="flex flex-col gap-4">
      {open && missingFields.length > 0 && <ContactBanner missing={missingFields} t={t} />}
      <Basket basket={basket} distributionId={distributionId} editable={open} locale={locale} t={t} />
      {basket && basket.lines.length > 0 && (
        <>
          <a
            href="#panier"
            className="no-print fixed inset-x-0 bottom-0 hidden justify-between bg-leaf-700 px-4 py-3 font-semibold text-white sm:flex lg:hidden"
          >
            <span>{t.shop.basketTitle}</span>
            <span>{formatMoney(basket.totalCents, locale)}</span>
          </a>
          <button
            type="button"
            popoverTarget={SHEET_ID}
            className="no-print fixed inset-x-0 bottom-0 z-40 bg-leaf-700 px-4 py-3 text-left font-semibold text-white sm:hidden"
          >
            {t.shop.basketBar(basket.lines.length, formatMoney(basket.totalCents, locale))}
          </button>
          {/* The phones' bottom sheet is an HTML popover rather than components/ui/sheet.tsx: the browser opens it
              from the bar, closes it on Escape or a tap outside and gives the focus back to the bar, with no script
              of ours, so the shop carries no Radix Dialog (issue #15's JS budget). */}
          <div
            id={SHEET_ID}
            popover="auto"
            role="dialog"
            aria-labelledby={`${SHEET_ID}-panier-title`}
            className="no-print inset-x-0 top-auto bottom-0 m-0 max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-xl border-0 bg-white p-2 text-ink shadow-lg backdrop:bg-black/40 open:animate-sheet-in-bottom motion-reduce:animate-none sm:hidden"
          >
            <Basket
              id={`${SHEET_ID}-panier`}
              basket={basket}
              distributionId={distributionId}
              editable={open}
              locale={locale}
              t={t}
            />
            <button
              type="button"
              popoverTarget={SHEET_ID}
              popoverTargetAction="hide"
              className="mt-2 w-full rounded-md border border-stone-400 px-4 py-2.5 font-semibold"
            >
              {t.shop.closeBasket}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
