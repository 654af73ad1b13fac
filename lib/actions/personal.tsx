"use server";

import { z } from "zod";
import { MemberState } from "@/components/market/member-state";
import { AccountLinks, headerAccount } from "@/components/layout/site-header";
import type { Personal } from "@/components/personal/personal";
import { ShopPersonal } from "@/components/shop/shop-personal";
import { currentUserId } from "@/lib/auth/current-user";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { getMarketBySlugOrThrow } from "@/lib/domain/market/get-market-by-slug";
import { listMyMarkets } from "@/lib/domain/membership/join-market";
import { getShop } from "@/lib/domain/shop/get-shop";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { storableText } from "@/lib/validation/text";

const address = (max: number) => z.string().max(max).transform(storableText);
const pageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("page") }),
  z.object({ kind: z.literal("market"), slug: address(80) }),
  z.object({ kind: z.literal("shop"), slug: address(80), distributionId: address(128) }),
]);
export type PersonalPage = z.input<typeof pageSchema>;

// The personal parts of a public page (components/personal/personal.tsx), asked for by the page once in the
// browser: rendered for whoever the session says is signed in, from the session only; a visitor (or a page
// that names nothing) gets null and keeps the page as it came. `locale` is the page's language.
export async function loadPersonalAction(locale: string, page: unknown): Promise<Personal> {
  const userId = await currentUserId();
  if (!userId) return null;
  const actor = await loadActor(userId).catch(() => null);
  if (!actor) return null;
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = messagesFor(language);
  const personal: NonNullable<Personal> = {
    slots: { account: <AccountLinks locale={language} t={t} account={headerAccount(actor)} /> },
    canOrder: false,
  };
  // A page that names nothing gets the header's links only.
  const parsed = pageSchema.safeParse(page);
  const request = parsed.success ? parsed.data : { kind: "page" as const };
  try {
    if (request.kind === "market") {
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
