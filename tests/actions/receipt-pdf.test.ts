import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { deliverOutbox, type MailAttachment } from "@/lib/domain/email/deliver-outbox";
import { receiptAttachment } from "@/lib/pdf/receipt-pdf";
import { withFakeStripe } from "../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../support/factories";
import { basketOf, distributionPaidEveryWay } from "../support/money-scenario";
import { pdftotext } from "../support/pdf-text";
import { request } from "./authorization/request";

// The receipt's route, as Next calls it, with only the session and the request's language stood in for; and the
// receipt the validation e-mail carries when its shopper asked for it. Their text read back with pdftotext (which
// writes the narrow no-break space of « 1 234,56 € » as a space).
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

const { GET } = await import("@/app/api/receipts/[orderId]/route");

withFakeStripe();

async function download(userId: string, orderId: string, locale = "fr") {
  request.userId = userId;
  request.locale = locale;
  return GET(new Request(`http://cabas.test/api/receipts/${orderId}`), { params: Promise.resolve({ orderId }) });
}
const textOf = (pdf: Buffer) => pdftotext(pdf)("-layout").replace(/\s+/g, " ");

describe("a shopper's receipt (PDF)", () => {
  // The scenario's cash basket: eggs (3,50 €, 5,5 %) and soap (5,00 €, 20 %), paid 8,50 € in cash on 7 March.
  it("lists the basket's lines, its VAT per rate and its payments, for its shopper only", async () => {
    const { market, baskets } = await distributionPaidEveryWay({ scheduled: false });
    const { cash, unpaid } = baskets;
    const answer = await download(cash.userId, cash.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("application/pdf");
    expect(answer.headers.get("Content-Disposition")).toBe(
      `attachment; filename="recu-2026-03-07-panier-${cash.basketNumber}.pdf"`,
    );
    const text = textOf(Buffer.from(await answer.arrayBuffer()));
    expect(text).toContain(`Reçu — panier n° ${cash.basketNumber}`);
    expect(text).toContain(`Marché : ${market.name}`);
    expect(text).toContain("Œufs 1 3,50 € 5,5 % 3,50 €");
    expect(text).toContain("Savon 1 5,00 € 20 % 5,00 €");
    expect(text).toContain("Total TTC 8,50 €");
    expect(text).toContain("5,5 % 3,32 € 0,18 € 3,50 €");
    expect(text).toContain("20 % 4,17 € 0,83 € 5,00 €");
    expect(text).toContain("Total 7,49 € 1,01 € 8,50 €");
    expect(text).toContain("07/03/2026 · Espèces 8,50 €");
    expect(text).toContain("Payé 8,50 €");
    expect(text).not.toContain("Reste à payer");

    // Another shopper's basket is not found, nor is a draft (nothing was ordered).
    expect((await download(unpaid.userId, cash.id)).status).toBe(404);
    const draft = await db().order.findFirstOrThrow({
      where: { distributionId: cash.distributionId, confirmedAt: null },
    });
    expect((await download(draft.userId, draft.id)).status).toBe(404);

    const unpaidText = textOf(Buffer.from(await (await download(unpaid.userId, unpaid.id, "en")).arrayBuffer()));
    expect(unpaidText).toContain(`Receipt — basket no. ${unpaid.basketNumber}`);
    expect(unpaidText).toContain("No payment received yet.");
    expect(unpaidText).toContain("Left to pay €9.20");
  });

  it("goes with the validation e-mail of a shopper who asked for it, and not with another's", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const { catalog } = await createProducerWithCatalog("Bergerie des Landes");
    const lamb = await createProduct(catalog.id, { name: "Agneau entier", priceCents: 123456, vatRateBp: 550 });
    const now = new Date();
    const distribution = await createDistribution(market, { now, inDays: 0 });
    const wants = await basketOf(distribution, [{ product: lamb, quantity: 1 }], "ON_SITE");
    const other = await basketOf(distribution, [{ product: lamb, quantity: 1 }], "ON_SITE");
    await db().user.update({ where: { id: wants.userId }, data: { receiptByEmail: true } });
    const during = new Date(distribution.pickupStartAt.getTime() + 10 * 60_000);
    const actor = await loadActor(admin.id);
    for (const basket of [wants, other])
      await validateBasket({ actor, marketId: market.id, orderId: basket.id, onSiteMethod: "CHEQUE", now: during });

    const sent: { to: string; attachments?: MailAttachment[] }[] = [];
    await deliverOutbox({
      send: async (mail) => void sent.push(mail),
      now: new Date(during.getTime() + 60_000),
      appUrl: "http://cabas.test",
      receipt: receiptAttachment,
    });
    const emailOf = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId } })).email;
    const wantsEmail = await emailOf(wants.userId);
    const otherEmail = await emailOf(other.userId);
    const withReceipt = sent.filter((m) => m.to === wantsEmail);
    expect(withReceipt).toHaveLength(1);
    const [attachment] = withReceipt[0].attachments!;
    expect(attachment.contentType).toBe("application/pdf");
    expect(attachment.filename).toMatch(new RegExp(`^recu-\\d{4}-\\d{2}-\\d{2}-panier-${wants.basketNumber}\\.pdf$`));
    const text = textOf(attachment.content);
    expect(text).toContain("Agneau entier 1 1 234,56 € 5,5 % 1 234,56 €");
    expect(text).toContain("5,5 % 1 170,20 € 64,36 € 1 234,56 €");
    expect(text).toContain("Chèque 1 234,56 €");
    expect(text).not.toContain("1/234");
    expect(sent.filter((m) => m.to === otherEmail).map((m) => m.attachments)).toEqual([undefined]);
  });
});
