import { Prisma } from "@/generated/prisma/client";
import { formatDecimal } from "@/lib/i18n/format";
import { confirmedBasket } from "../order/confirmed-basket";
import { dropDrafts } from "../order/drop-drafts";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { forEachDueDistribution } from "./for-each-due-distribution";
import { queueNotice } from "./queue-notice";

// « À la fin de la période de commande, les producteurs sont informés automatiquement par email »: each
// producer with products in the distribution gets its orders — confirmed baskets only — by product and by
// basket. The drafts left are dropped first, their shoppers told (drop-drafts.ts), in the same transaction.
// Returns the e-mails queued to producers and shoppers.
export async function queueCloseNotices({ now, appUrl }: { now: Date; appUrl: string }) {
  return forEachDueDistribution(
    { where: { ordersCloseAt: { lte: now } }, flag: "closeNoticeAt", now },
    async (tx, id) => {
      const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
      let count = await dropDrafts(tx, d, { now, appUrl });
      const participations = await tx.participation.findMany({
        where: { distributionId: id, status: "ACCEPTED" },
        select: {
          catalog: {
            select: {
              producer: {
                select: {
                  id: true,
                  name: true,
                  users: { select: { user: { select: { id: true, email: true, locale: true } } } },
                },
              },
            },
          },
        },
      });
      const lines = await tx.orderLine.findMany({
        where: { order: { distributionId: id, ...confirmedBasket } },
        select: {
          quantity: true,
          productName: true,
          product: { select: { catalog: { select: { producerId: true } } } },
          order: { select: { basketNumber: true, user: { select: { firstName: true, lastName: true } } } },
        },
        orderBy: [{ order: { basketNumber: "asc" } }, { productName: "asc" }],
      });
      const producers = new Map(participations.map((p) => [p.catalog.producer.id, p.catalog.producer]));
      for (const producer of producers.values()) {
        const own = lines.filter((l) => l.product.catalog.producerId === producer.id);
        for (const { user } of producer.users) {
          const { t, day, pickupLine, locale } = noticeContext(d, user.locale);
          const e = t.emails.closeOrders;
          const qty = (q: Prisma.Decimal) => formatDecimal(q.toString(), locale);
          const byProduct = new Map<string, Prisma.Decimal>();
          for (const l of own)
            byProduct.set(l.productName, (byProduct.get(l.productName) ?? new Prisma.Decimal(0)).add(l.quantity));
          const baskets = new Map<number, { name: string; items: string[] }>();
          for (const l of own) {
            const b = baskets.get(l.order.basketNumber) ?? {
              name: `${l.order.user.lastName.toUpperCase()} ${l.order.user.firstName}`,
              items: [],
            };
            b.items.push(`${qty(l.quantity)} × ${l.productName}`);
            baskets.set(l.order.basketNumber, b);
          }
          await queueNotice(tx, {
            dedupeKey: `close-orders:${d.id}:${producer.id}:${user.id}`,
            to: user.email,
            fromName: d.market.name,
            subject: e.subject(d.market.name, day),
            template: "orders-at-close",
            props: {
              lang: locale,
              preview: e.intro(producer.name),
              heading: e.heading,
              paragraphs: [e.intro(producer.name), pickupLine, ...(own.length === 0 ? [e.none] : [])],
              table:
                own.length === 0
                  ? undefined
                  : [
                      {
                        caption: e.byProduct,
                        head: [e.product, e.quantity],
                        rows: [...byProduct].map(([name, q]) => [name, qty(q)]),
                      },
                      {
                        caption: e.byBasket,
                        head: [e.basket, e.shopper, e.lines],
                        rows: [...baskets].map(([n, b]) => [String(n), b.name, b.items.join(", ")]),
                      },
                    ],
              action: { label: e.action, url: `${appUrl}/producteur` },
              footer: t.emails.footerProducer(d.market.name),
            },
          });
          count++;
        }
      }
      return count;
    },
  );
}
