import type { Shop } from "@/lib/domain/shop/get-shop";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { Skeleton } from "../ui/skeleton";
import { Basket } from "./basket";
import { ContactBanner } from "./contact-banner";

// What a shop shows of the shopper: the contact details the market still needs, the basket, and on phones a bar
// with its total. Rendered in the live page, or as the members' panel of the cached showcase.
export function ShopPersonal({
  shop,
  signedIn,
  locale,
  t,
}: {
  shop: Shop;
  signedIn: boolean;
  locale: Locale;
  t: Messages;
}) {
  const { distribution: d, basket } = shop;
  const open = d.state === "OPEN";
  return (
    <div className="flex flex-col gap-4">
      {open && signedIn && shop.missingFields.length > 0 && <ContactBanner missing={shop.missingFields} t={t} />}
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

// Stands where the members' panel will be while it loads.
export function ShopPersonalLoading({ t }: { t: Messages }) {
  return (
    <section aria-busy="true" className="flex flex-col gap-3 rounded-xl border-2 border-leaf-600 bg-white p-4">
      <h2 className="text-lg font-bold">{t.shop.basketTitle}</h2>
      <p className="text-sm text-muted">{t.common.loading}</p>
      <Skeleton className="h-5 w-3/4" />
      <Skeleton className="h-5 w-1/2" />
    </section>
  );
}
