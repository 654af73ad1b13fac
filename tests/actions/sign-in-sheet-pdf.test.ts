import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createDistribution,
  createMarket,
  createMembership,
  createProduct,
  createProducerWithCatalog,
  createUser,
} from "../support/factories";
import { pdftotext } from "../support/pdf-text";

// The sign-in sheet's PDF route, as Next calls it, with only the session stood in for; its text read back with
// Debian's pdftotext (poppler-utils), as a person would copy it from the file.
const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));

const { GET } =
  await import("@/app/[locale]/(site)/(admin)/admin/[marketId]/distributions/[distributionId]/emargement/pdf/route");

// One basket above 1 000 €, and enough others for the sheet to run onto a second page.
const OTHER_BASKETS = 30;

async function world() {
  const [market, otherMarket] = await Promise.all([createMarket({ name: "Marché de Bellefontaine" }), createMarket()]);
  const [admin, member, otherAdmin] = await Promise.all([createUser(), createUser(), createUser()]);
  await Promise.all([
    createMembership(market.id, admin.id, { isAdmin: true }),
    createMembership(market.id, member.id),
    createMembership(otherMarket.id, otherAdmin.id, { isAdmin: true }),
  ]);
  const now = new Date();
  const [distribution, otherDistribution] = await Promise.all([
    createDistribution(market, { now, inDays: 2 }),
    createDistribution(otherMarket, { now, inDays: 2 }),
  ]);
  const { catalog } = await createProducerWithCatalog();
  const [calf, eggs] = await Promise.all([
    createProduct(catalog.id, { name: "Demi-veau", priceCents: 123_456 }),
    createProduct(catalog.id, { name: "Œufs", priceCents: 350 }),
  ]);
  const shoppers = [
    { firstName: "Élise", lastName: "Abadie", product: calf },
    ...Array.from({ length: OTHER_BASKETS }, (_, i) => ({ firstName: "Jo", lastName: `Martin ${i}`, product: eggs })),
  ];
  let basketNumber = 0;
  for (const shopper of shoppers) {
    const user = await createUser({
      firstName: shopper.firstName,
      lastName: shopper.lastName,
      phone: "06 12 34 56 78",
    });
    await db().order.create({
      data: {
        marketId: market.id,
        distributionId: distribution.id,
        userId: user.id,
        basketNumber: ++basketNumber,
        paymentMethod: "ON_SITE",
        confirmedAt: now,
        lines: {
          create: {
            productId: shopper.product.id,
            quantity: 1,
            unitPriceCents: shopper.product.priceCents,
            vatRateBp: 550,
            productName: shopper.product.name,
          },
        },
      },
    });
  }
  return { market, otherMarket, admin, member, otherAdmin, distribution, otherDistribution };
}

type World = Awaited<ReturnType<typeof world>>;

async function sheetPdf(
  userId: string | null,
  route: { locale: string; marketId: string; distributionId: string },
  query = "",
): Promise<Response> {
  request.userId = userId;
  return GET(new Request(`http://cabas.test/admin/x/emargement/pdf?${query}`), { params: Promise.resolve(route) });
}

// pdftotext's text, page by page, and its words with their boxes.
function readPdf(pdf: Buffer) {
  const run = pdftotext(pdf);
  const pages = [...run("-bbox").matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map(([, page]) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, text]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), text }),
    ),
  );
  return { text: run(), pageText: (page: number) => run("-f", String(page), "-l", String(page)), pages };
}

type Word = ReturnType<typeof readPdf>["pages"][number][number];

// The words of the line where `first` is followed by each of `rest`, on the same baseline.
function wordsOfAmount(words: Word[], first: string, ...rest: string[]): Word[] {
  for (let i = 0; i + rest.length < words.length; i++) {
    const run = words.slice(i, i + rest.length + 1);
    if (run.map((w) => w.text).join(" ") === [first, ...rest].join(" ") && run.every((w) => w.yMin === run[0].yMin))
      return run;
  }
  throw new Error(`« ${[first, ...rest].join(" ")} » is not in the PDF`);
}

describe("the sign-in sheet's PDF", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("is an A4 file to download, its amounts written with French spaces in an embedded font", async () => {
    const route = { locale: "fr", marketId: w.market.id, distributionId: w.distribution.id };
    const answer = await sheetPdf(w.admin.id, route);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toMatch(
      /^attachment; filename="emargement-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const pdf = readPdf(Buffer.from(await answer.arrayBuffer()));
    expect(pdf.text).toContain("Liste d’émargement — Marché de Bellefontaine");
    expect(pdf.text).toContain("ABADIE Élise");
    expect(pdf.text).toContain("1 × Demi-veau");
    // pdftotext writes every space glyph as a plain space and splits words there: « 1 », « 234,56 », « € ». The
    // default font has no narrow no-break space and draws « 1/234,56 € » instead: one word with a slash.
    expect(pdf.text).toMatch(/1 234,56 €/);
    expect(pdf.text).not.toContain("1/234,56");
    // The thousands' space is narrower than the one before the euro sign (U+202F and U+00A0 are drawn with their
    // own widths, from a font that has both): 409 and 651 thousandths of DejaVu Sans's em.
    const [one, thousands, euro] = wordsOfAmount(pdf.pages[0], "1", "234,56", "€");
    const narrow = thousands.xMin - one.xMax;
    const noBreak = euro.xMin - thousands.xMax;
    expect(narrow).toBeGreaterThan(0);
    expect(narrow / noBreak).toBeCloseTo(409 / 651, 1);
  });

  it("repeats the heading and the header row on every page", async () => {
    const route = { locale: "fr", marketId: w.market.id, distributionId: w.distribution.id };
    const answer = await sheetPdf(w.admin.id, route, "colonnes=numero&colonnes=nom&colonnes=emargement&colonnes=notes");
    const pdf = readPdf(Buffer.from(await answer.arrayBuffer()));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (let page = 1; page <= pdf.pages.length; page++) {
      const text = pdf.pageText(page);
      expect(text).toContain("Marché de Bellefontaine");
      for (const header of ["N°", "Nom", "Émargement", "Notes"]) expect(text).toContain(header);
      expect(text).toContain(`Page ${page} sur ${pdf.pages.length}`);
    }
    // Only the chosen columns: no phone, no amount.
    expect(pdf.text).not.toContain("06 12 34 56 78");
    expect(pdf.text).not.toContain("€");
    // Every basket once, by name: ABADIE first, MARTIN 0 … MARTIN 29 after.
    const names = [...pdf.text.matchAll(/(ABADIE Élise|MARTIN \d+ Jo)/g)].map(([name]) => name);
    expect(names).toHaveLength(OTHER_BASKETS + 1);
    expect(names[0]).toBe("ABADIE Élise");
  });

  it("is written in English at the English address", async () => {
    const route = { locale: "en", marketId: w.market.id, distributionId: w.distribution.id };
    const answer = await sheetPdf(w.admin.id, route, "colonnes=nom&colonnes=montant");
    expect(answer.headers.get("content-disposition")).toMatch(/filename="sign-in-sheet-\d{4}-\d{2}-\d{2}\.pdf"/);
    const pdf = readPdf(Buffer.from(await answer.arrayBuffer()));
    expect(pdf.text).toContain("Sign-in sheet — Marché de Bellefontaine");
    expect(pdf.text).toContain("€1,234.56");
    expect(pdf.text).toMatch(/Page 1 of \d/);
  });

  it("is refused to whoever may not open the day screen, and for another market's distribution", async () => {
    const own = { locale: "fr", marketId: w.market.id, distributionId: w.distribution.id };
    expect((await sheetPdf(null, own)).status).toBe(401);
    expect((await sheetPdf(w.member.id, own)).status).toBe(404);
    expect((await sheetPdf(w.otherAdmin.id, own)).status).toBe(404);
    // The other market's admin naming their own market beside this distribution.
    expect((await sheetPdf(w.otherAdmin.id, { ...own, marketId: w.otherMarket.id })).status).toBe(404);
    // This market's admin naming the other market's distribution beside their own market.
    expect((await sheetPdf(w.admin.id, { ...own, distributionId: w.otherDistribution.id })).status).toBe(404);
  });
});
