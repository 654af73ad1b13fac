import type { ShopPersonalView } from "@/lib/domain/personal/get-personal-view";
import type { Locale } from "@/lib/i18n/locales";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { formatMoney } from "@/lib/money";
import { Basket } from "./basket";
import { BottomSheet } from "../ui/sheet";
import { ContactBanner } from "./contact-banner";

const SHEET_ID = "panier-feuille";

// What a shop shows of the signed-in shopper, drawn in the browser (components/shop/shopper-basket.tsx): the
// contact details the market still needs and the basket. Once the basket has lines, phones get it in a bottom
// sheet opened from a bar with its total, and the panel of the page is hidden there, so that it shows once; from
// 640 px the panel stays beside the products, and up to 1024 px, where it sits above them, a bar leads to it.
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
  const inSheet = basket !== null && basket.lines.length > 0;
  return (
    <div className="flex flex-col gap-4">
      {open && missingFields.length > 0 && <ContactBanner missing={missingFields} t={t} />}
      <div className={inSheet ? "max-sm:hidden" : undefined}>
        <Basket basket={basket} distributionId={distributionId} editable={open} locale={locale} t={t} />
      </div>
      {inSheet && (
        <>
          <a
            href="#panier"
            className="no-print fixed inset-x-0 bottom-0 hidden justify-between bg-leaf-700 px-4 py-3 font-semibold text-white sm:flex lg:hidden"
          >
            <span>{t.shop.basketTitle}</span>
            <span>{formatMoney(basket.totalCents, locale)}</span>
          </a>
          <BottomSheet
            id={SHEET_ID}
            labelledBy={`${SHEET_ID}-panier-title`}
            summary={t.shop.basketBar(basket.lines.length, formatMoney(basket.totalCents, locale))}
            closeLabel={t.shop.closeBasket}
          >
            <Basket
              id={`${SHEET_ID}-panier`}
              basket={basket}
              distributionId={distributionId}
              editable={open}
              locale={locale}
              t={t}
            />
          </BottomSheet>
        </>
      )}
    </div>
  );
}
