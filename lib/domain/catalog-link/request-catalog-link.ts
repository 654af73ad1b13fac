import { subDays } from "date-fns";
import type { Tx } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueNotice } from "../notice/queue-notice";

// A market names a catalog by its number: the producer's users are notified (in the app and by e-mail) and
// decide. Asking again is refused while a request waits, for a month after a refusal, and a market asks a
// bounded number of producers a day, so that nobody can link, then mail, every producer of the directory.
export const LINK_REQUESTS_PER_DAY = 20;
export const DECLINED_REQUEST_COOLDOWN_DAYS = 30;

export async function requestCatalogLink(
  tx: Tx,
  {
    actor,
    marketId,
    catalogId,
    appUrl,
    now,
  }: { actor: Actor; marketId: string; catalogId: string; appUrl: string; now: Date },
) {
  const [pending, declined, askedToday] = await Promise.all([
    tx.catalogLinkRequest.count({ where: { catalogId, marketId, status: "PENDING" } }),
    tx.catalogLinkRequest.count({
      where: {
        catalogId,
        marketId,
        status: "DECLINED",
        answeredAt: { gt: subDays(now, DECLINED_REQUEST_COOLDOWN_DAYS) },
      },
    }),
    tx.catalogLinkRequest.count({ where: { marketId, createdAt: { gt: subDays(now, 1) } } }),
  ]);
  if (pending > 0) throw new DomainError("CATALOG_REQUEST_PENDING", "catalog");
  if (declined > 0) throw new DomainError("CATALOG_REQUEST_DECLINED", "catalog");
  if (askedToday >= LINK_REQUESTS_PER_DAY) throw new DomainError("LINK_REQUESTS_DAILY_LIMIT", "catalog");

  const request = await tx.catalogLinkRequest.create({
    data: { catalogId, marketId, requestedById: actor.userId, createdAt: now },
    select: {
      id: true,
      market: { select: { name: true } },
      catalog: {
        select: {
          name: true,
          producerId: true,
          producer: { select: { users: { select: { user: { select: { id: true, email: true, locale: true } } } } } },
        },
      },
    },
  });
  const { market, catalog } = request;
  const url = `/producteur/${catalog.producerId}#demandes`;
  for (const { user } of catalog.producer.users) {
    const locale = isLocale(user.locale) ? user.locale : "fr";
    const t = messagesFor(locale);
    const e = t.producer.linkRequestEmail;
    await tx.notification.create({
      data: {
        userId: user.id,
        kind: "catalog.link-requested",
        params: { market: market.name, catalog: catalog.name },
        url,
      },
    });
    await queueNotice(tx, {
      dedupeKey: `link-request:${request.id}:${user.id}`,
      to: user.email,
      fromName: market.name,
      subject: e.subject(market.name, catalog.name),
      template: "catalog-link-request",
      props: {
        lang: locale,
        preview: e.subject(market.name, catalog.name),
        heading: e.heading,
        paragraphs: [e.body(market.name, catalog.name)],
        action: { label: e.action, url: `${appUrl}${url}` },
        footer: t.emails.footerProducer(market.name),
      },
    });
  }
}
