import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { withFakeStripe } from "../support/fake-stripe";
import { createDistribution, createProduct, createUser } from "../support/factories";
import { basketOf, distributionPaidEveryWay, paris } from "../support/money-scenario";
import { pdftotext } from "../support/pdf-text";
import { request } from "./authorization/request";

// The producer's sales statement route, as Next calls it, with only the session and the request's language
// stood in for: its text read back with pdftotext.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

const { GET } = await import("@/app/api/statements/producer/[producerId]/pdf/route");

withFakeStripe();

async function download(userId: string, producerId: string, query: string, locale = "fr") {
  request.userId = userId;
  request.locale = locale;
  return GET(new Request(`http://cabas.test/api/statements/producer/${producerId}/pdf?${query}`), {
    params: Promise.resolve({ producerId }),
  });
}
// pdftotext writes every space glyph as a plain space: « 1 234,56 € » reads « 1 234,56 € », where the default
// font, which lacks the narrow no-break space, would have drawn « 1/234,56 € ».
const textOf = async (answer: Response) => pdftotext(Buffer.from(await answer.arrayBuffer()))().replace(/\s+/g, " ");

// The scenario's farm sold eggs (5,5 %) and soap (20 %) for 20,50 € on 7 March 2026, at a 2,5 % fee; its card
// basket's eggs (7,00 €) are Cabas's to pay, the rest the market's. A second distribution in March adds a
// 1 234,56 € basket paid on the spot, and one in April is not in March's statement.
async function farmWithMarch() {
  const scenario = await distributionPaidEveryWay({ scheduled: false });
  const { market, farm } = scenario;
  const lamb = await createProduct(farm.catalog.id, { name: "Agneau entier", priceCents: 123456, vatRateBp: 550 });
  const validated = async (day: string) => {
    const distribution = await createDistribution(market, { now: paris(day, 10 * 60), inDays: 0 });
    await basketOf(distribution, [{ product: lamb, quantity: 1 }], "ON_SITE");
    const validatedAt = paris(day, 20 * 60);
    await db().order.updateMany({ where: { distributionId: distribution.id }, data: { validatedAt } });
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt } });
    return distribution;
  };
  await validated("2026-03-21");
  const april = await validated("2026-04-04");
  await schedulePayouts({ now: paris("2026-04-04", 21 * 60) });
  const owner = await createUser();
  await db().producerUser.create({ data: { producerId: farm.producer.id, userId: owner.id } });
  return { ...scenario, owner, april };
}

describe("a producer's sales statement (PDF)", () => {
  it("sums a month's lines, VAT per rate, fees and who pays what, amounts over 1 000 € included", async () => {
    const { farm, owner, market } = await farmWithMarch();
    const answer = await download(owner.id, farm.producer.id, "mois=2026-03");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("application/pdf");
    expect(answer.headers.get("Content-Disposition")).toBe('attachment; filename="releve-ventes-2026-03.pdf"');
    const text = await textOf(answer);
    expect(text).toContain("Relevé de ventes — Mars 2026");
    expect(text).toContain("Producteur : Ferme des Trois Cocus");
    // Lines: one per product and price, the quantities of both distributions added.
    expect(text).toContain("Agneau entier 1 1 234,56 € 5,5 % 1 234,56 €");
    expect(text).toContain("Œufs 3 3,50 € 5,5 % 10,50 €");
    expect(text).toContain("Savon 2 5,00 € 20 % 10,00 €");
    expect(text).toContain("Ventes TTC 1 255,06 €");
    // VAT per rate as the lines store it: 7,00 € → 0,36 €, 3,50 € → 0,18 €, 1 234,56 € → 64,36 €; 5,00 € → 0,83 € twice.
    expect(text).toContain("5,5 % 1 180,16 € 64,90 € 1 245,06 €");
    expect(text).toContain("20 % 8,34 € 1,66 € 10,00 €");
    expect(text).toContain("Total 1 188,50 € 66,56 € 1 255,06 €");
    // Fees 2,5 %: 0,51 € and 30,86 €; Cabas pays the card's eggs, the market the rest.
    expect(text).toContain(`${market.name} · 07/03/2026 20,50 € 0,51 € 7,00 € 12,99 € 0,00 € 12,99 €`);
    expect(text).toContain(`${market.name} · 21/03/2026 1 234,56 € 30,86 € 0,00 € 1 203,70 € 0,00 € 1 203,70 €`);
    expect(text).toContain("Totaux 1 255,06 € 31,37 € 7,00 € 1 216,69 € 0,00 € 1 216,69 €");
    expect(text).not.toContain("1/234,56");
    expect(text).not.toContain("04/04/2026");
    expect(text).not.toContain("Pain");

    const english = await textOf(await download(owner.id, farm.producer.id, "mois=2026-03", "en"));
    expect(english).toContain("Sales statement — March 2026");
    expect(english).toContain("Totals €1,255.06");
  });

  it("covers one distribution, and answers 404 to another producer's team, a month without sales or no period", async () => {
    const { farm, bakery, owner, april } = await farmWithMarch();
    const answer = await download(owner.id, farm.producer.id, `distribution=${april.id}`);
    expect(answer.headers.get("Content-Disposition")).toBe('attachment; filename="releve-ventes-2026-04-04.pdf"');
    const text = await textOf(answer);
    expect(text).toMatch(/Relevé de ventes — .+, distribution du 04\/04\/2026/);
    expect(text).toContain("Ventes TTC 1 234,56 €");
    expect(text).not.toContain("Œufs");

    expect((await download(owner.id, bakery.producer.id, "mois=2026-03")).status).toBe(404);
    expect((await download(owner.id, farm.producer.id, "mois=2026-05")).status).toBe(404);
    expect((await download(owner.id, farm.producer.id, "mois=2026-13")).status).toBe(404);
    expect((await download(owner.id, farm.producer.id, "")).status).toBe(404);
  });
});
