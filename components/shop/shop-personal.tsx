import type { Shop } from "@/lib/domain/shop/get-shop";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { Basket } from "./basket";
import { ContactBanner } from "./contact-banner";

// What a shop shows of the shopper: the contact details the market still needs, the basket, and on phones a bar
// with its total. The public page is rendered with an empty one (a visitor's); lib/actions/personal.tsx renders
// the signed-in shopper's.
export function ShopPersonal({
  shop,
  locale,
  t,
}: {
  shop: Pick<Shop, "distribution" | "basket" | "missingFields">;
  locale: Locale;
  t: Messages;
}) {
  const { distribution: d, basket } = shop;
  const open = d.state === "OPEN";
  return (
    <div className="flex flex-col gap-4">
      {open && shop.missingFields.length > 0 && <ContactBanner missing={shop.missingFields} t={t} />}
      <Basket basket={basket} distributionId={d.id} editable={open} locale={locale} t={t} />
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
