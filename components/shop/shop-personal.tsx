import type { ShopPersonalView } from "@/lib/domain/personal/get-personal-view";
import type { Locale } from "@/lib/i18n/locales";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { formatMoney } from "@/lib/money";
import { Basket } from "./basket";
import { ContactBanner } from "./contact-banner";

// What a shop shows of the shopper: the contact details the market still needs, the basket, and on phones a bar
// with its total. The public page is drawn with a visitor's (no basket); components/shop/shopper-basket.tsx draws
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
        <a
          href="#panier"
          className="no-print fixed inset-x-0 bottom-0 flex justify-between bg-leaf-700 px-4 py-3 font-semibold text-white lg:hidden"
        >
          <span>{t.shop.basketTitle}</span>
          <span>{formatMoney(basket.totalCents, locale)}</span>
        </a>
      )}
    </div>
  );
}
