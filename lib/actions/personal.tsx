"use server";

import { z } from "zod";
import { MemberState } from "@/components/market/member-state";
import { MyMarkets } from "@/components/market/my-markets";
import { AccountLinks, headerAccount } from "@/components/layout/site-header";
import type { Personal } from "@/components/personal/personal";
import { ShopPersonal } from "@/components/shop/shop-personal";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { getMarketBySlugOrThrow } from "@/lib/domain/market/get-market-by-slug";
import { listMyMarkets } from "@/lib/domain/membership/join-market";
import { getShop, SHOP_PAGE_SIZE } from "@/lib/domain/shop/get-shop";
import { getStockLeft } from "@/lib/domain/shop/get-stock-left";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { storableText } from "@/lib/validation/text";

const address = (max: number) => z.string().max(max).transform(storableText);
const pageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("page") }),
  z.object({ kind: z.literal("home") }),
  z.object({ kind: z.literal("market"), slug: address(80) }),
  z.object({
    kind: z.literal("shop"),
    slug: address(80),
    distributionId: address(128),
    // The page's products whose stock is managed.
    stockOf: z.array(address(128)).max(SHOP_PAGE_SIZE),
  }),
]);
export type PersonalPage = z.input<typeof pageSchema>;

// The live parts of a public page (components/personal/personal.tsx), asked for by the page once in the browser
// and after each form it sends: what is personal, rendered for whoever the session says is signed in (from the
// session only; a visitor gets none and keeps the page as it came), and on a shop page the stock left of its
// products, for everybody. `locale` is the page's language; a page that names nothing gets the header's links.
export async function loadPersonalAction(locale: string, page: unknown): Promise<NonNullable<Personal>> {
  const parsed = pageSchema.safeParse(page);
  const request = parsed.success ? parsed.data : { kind: "page" as const };
  const [userId, stockLeft] = await Promise.all([
    currentUserId(),
    request.kind === "shop"
      ? getStockLeft({ slug: request.slug, distributionId: request.distributionId, productIds: request.stockOf })
      : {},
  ]);
  const personal: NonNullable<Personal> = { slots: {}, canOrder: false, stockLeft };
  const actor = userId ? await loadActor(userId).catch(() => null) : null;
  if (!userId || !actor) return personal;
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = messagesFor(language);
  personal.slots.account = <AccountLinks locale={language} t={t} account={headerAccount(actor)} />;
  try {
    if (request.kind === "home") {
      const mine = await listMyMarkets({ userId });
      personal.slots.myMarkets = <MyMarkets markets={mine.map((m) => m.market)} locale={language} t={t} />;
    } else if (request.kind === "market") {
      const market = await getMarketBySlugOrThrow(request.slug);
      const member = (await listMyMarkets({ userId })).some((m) => m.market.id === market.id);
      personal.slots.member = <MemberState market={market} member={member} locale={language} t={t} />;
    } else if (request.kind === "shop") {
      const shop = await getShop({ ...request, userId, now: new Date() });
      personal.slots.basket = <ShopPersonal shop={shop} locale={language} t={t} />;
      personal.slots.signInPrompt = null;
      personal.canOrder = shop.distribution.state === "OPEN" && shop.missingFields.length === 0;
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  return personal;
}
