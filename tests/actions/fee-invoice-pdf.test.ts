import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { cancelFeeInvoice } from "@/lib/domain/invoice/cancel-fee-invoice";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { withFakeStripe } from "../support/fake-stripe";
import { createUser } from "../support/factories";
import { distributionPaidEveryWay, paris } from "../support/money-scenario";
import { pdftotext } from "../support/pdf-text";
import { request } from "./authorization/request";

// The invoice's PDF route, as Next calls it, with only the session and the request's language stood in for: its
// text read back with pdftotext.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

const { GET } = await import("@/app/api/invoices/[invoiceId]/route");

withFakeStripe();

async function download(userId: string, invoiceId: string, locale = "fr") {
  request.userId = userId;
  request.locale = locale;
  const answer = await GET(new Request("http://cabas.test/api/invoices"), {
    params: Promise.resolve({ invoiceId }),
  });
  return answer;
}
const textOf = async (answer: Response) => pdftotext(Buffer.from(await answer.arrayBuffer()))().replace(/\s+/g, " ");

// The scenario's farm sold 20,50 € at a 2,5 % fee: 0,51 €, its invoice no. 1 of 2026.
describe("a fee invoice (PDF)", () => {
  it("prints its number, parties, total and the franchise's mention, for the admin and the producer", async () => {
    const { market, admin, farm } = await distributionPaidEveryWay();
    const invoice = await db().invoice.findFirstOrThrow({ where: { marketId: market.id, number: 1 } });
    const answer = await download(admin.id, invoice.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("application/pdf");
    expect(answer.headers.get("Content-Disposition")).toBe('attachment; filename="facture-2026-0001.pdf"');
    const text = await textOf(answer);
    expect(text).toContain("Facture n° 2026-0001");
    expect(text).toContain("Date d’émission : 07/03/2026");
    expect(text).toContain(market.name);
    expect(text).toContain("Ferme des Trois Cocus");
    expect(text).toContain("Frais de marché sur les ventes de la distribution du 07/03/2026");
    expect(text).toContain("Total 0,51 €");
    expect(text).toContain("TVA non applicable, art. 293 B du CGI");
    expect(text).not.toContain("Total HT");

    const owner = await createUser();
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: owner.id } });
    expect((await download(owner.id, invoice.id, "en")).status).toBe(200);
    expect(await textOf(await download(owner.id, invoice.id, "en"))).toContain("Invoice no. 2026-0001");
    const bakery = await db().invoice.findFirstOrThrow({ where: { marketId: market.id, number: 2 } });
    expect((await download(owner.id, bakery.id)).status).toBe(404);
  });

  it("splits VAT for a liable market, and prints its credit note with the invoice it cancels", async () => {
    const { market, admin } = await distributionPaidEveryWay({ scheduled: false });
    await db().market.update({
      where: { id: market.id },
      data: { vatStatus: "LIABLE", legalName: "Association Le Cabas", siret: "123 456 789 00011", vatNumber: "FR1" },
    });
    await schedulePayouts({ now: paris("2026-03-07", 21 * 60) });
    const invoice = await db().invoice.findFirstOrThrow({ where: { marketId: market.id, number: 1 } });
    const text = await textOf(await download(admin.id, invoice.id));
    expect(text).toContain("Association Le Cabas");
    expect(text).toContain("SIRET : 123 456 789 00011");
    expect(text).toContain("N° de TVA intracommunautaire : FR1");
    expect(text).toContain("Total HT 0,43 €");
    expect(text).toContain("TVA 20 % 0,08 €");
    expect(text).toContain("Total TTC 0,51 €");
    expect(text).not.toContain("293 B");

    const note = await cancelFeeInvoice({
      actor: await loadActor(admin.id),
      invoiceId: invoice.id,
      now: paris("2026-03-09", 10 * 60),
    });
    const answer = await download(admin.id, note.id);
    expect(answer.headers.get("Content-Disposition")).toBe('attachment; filename="avoir-2026-0003.pdf"');
    const credit = await textOf(answer);
    expect(credit).toContain("Avoir n° 2026-0003");
    expect(credit).toContain("Annule la facture n° 2026-0001 du 07/03/2026");
    expect(credit).toContain("Total TTC -0,51 €");
  });
});
