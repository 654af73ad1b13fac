import { WARN_BEFORE_OPENING_MS } from "../distribution-plan/sale-without-catalog";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { forEachDueDistribution } from "./for-each-due-distribution";
import { queueNotice } from "./queue-notice";

// A sale whose orders open within 48 h (or are open) with no catalog accepted: the market's admins get an in-app
// notification and an e-mail, once per sale (forEachDueDistribution's flag), so that they invite producers before
// members find an empty shop. The members' own opening e-mail waits for an accepted catalog anyway.
export async function queueNoCatalogWarnings({ now, appUrl }: { now: Date; appUrl: string }) {
  return forEachDueDistribution(
    {
      where: {
        validatedAt: null,
        ordersOpenAt: { lte: new Date(now.getTime() + WARN_BEFORE_OPENING_MS) },
        ordersCloseAt: { gt: now },
        participations: { none: { status: "ACCEPTED" } },
      },
      flag: "noCatalogWarningAt",
      now,
    },
    async (tx, id) => {
      const d = await tx.distribution.findUniqueOrThrow({
        where: { id },
        select: { ...noticeDistributionSelect, ordersOpenAt: true },
      });
      const admins = await tx.membership.findMany({
        where: { marketId: d.market.id, leftAt: null, isAdmin: true },
        select: { user: { select: { id: true, email: true, locale: true } } },
      });
      const path = `/admin/${d.market.id}/distributions/${d.id}/catalogues`;
      for (const { user } of admins) {
        const { t, at, day, pickupLine, locale } = noticeContext(d, user.locale);
        const e = t.admin.noCatalogEmail;
        await tx.notification.create({
          data: { userId: user.id, kind: "sale.no-catalog", params: { market: d.market.name, day }, url: path },
        });
        await queueNotice(tx, {
          dedupeKey: `no-catalog:${d.id}:${user.id}`,
          to: user.email,
          fromName: d.market.name,
          subject: e.subject(d.market.name, day),
          template: "sale-no-catalog",
          props: {
            lang: locale,
            preview: e.heading,
            heading: e.heading,
            paragraphs: [e.body(at(d.ordersOpenAt, t.market.dateTimeFormat), d.ordersOpenAt <= now), pickupLine],
            action: { label: e.action, url: `${appUrl}${path}` },
            footer: t.emails.footerAdmin(d.market.name),
          },
        });
      }
      return admins.length;
    },
  );
}
