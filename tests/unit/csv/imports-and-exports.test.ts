import { describe, expect, it } from "vitest";
import { parseProductRows } from "@/lib/domain/catalog/product-csv";
import { DomainError } from "@/lib/domain/errors";
import { distributionOrdersCsv } from "@/lib/domain/distribution-day/orders-csv";
import { parseMemberRows } from "@/lib/domain/member/import-members";
import { producerOrdersCsv } from "@/lib/domain/participation/producer-orders-csv";
import { payoutStatementCsv } from "@/lib/domain/payout/statement-csv";

const HEADER = "nom;description;categorie;unite;quantite_par_unite;prix;tva;bio;vrac;pas";
const products = (text: string) =>
  parseProductRows(text).map((r) => [r.line, r.name, r.error, r.data?.description, r.data?.priceCents]);

describe("product import", () => {
  it("reads a comma-separated file whose description and price hold commas in quotes", () => {
    const text =
      'nom,description,categorie,unite,quantite_par_unite,prix,tva\nLentilles,"Vertes, du Puy",GROCERY,KG,1,"3,74",550\nSel,,GROCERY,KG,1,"2,00",550';
    expect(products(text)).toEqual([
      [2, "Lentilles", null, "Vertes, du Puy", 374],
      [3, "Sel", null, null, 200],
    ]);
  });

  it("reads a description over two lines, with quotes, and numbers the next product's line as an editor does", () => {
    const text = `${HEADER}\r\nPois chiches;"Le « vrai »\r\npois ""Kabuli""";GROCERY;KG;1;4,10;550\r\nSel;;GROCERY;KG;1;2;550\r\n`;
    expect(products(text)).toEqual([
      [2, "Pois chiches", null, 'Le « vrai »\r\npois "Kabuli"', 410],
      [4, "Sel", null, null, 200],
    ]);
  });

  it("reads rows pasted from a spreadsheet (tab-separated), semicolons in a cell included", () => {
    expect(products("Lentilles\tVertes; du Puy\tGROCERY\tKG\t1\t3,74\t550")).toEqual([
      [1, "Lentilles", null, "Vertes; du Puy", 374],
    ]);
  });

  it("shows the line of a quote never closed, after the products read before it", () => {
    expect(
      products(`${HEADER}\nSel;;GROCERY;KG;1;2;550\n\nPoivre;"Noir;GROCERY;KG;1;2;550\nSucre;;GROCERY;KG;1;2;550`),
    ).toEqual([
      [2, "Sel", null, null, 200],
      [4, "", "CSV_QUOTE_NOT_CLOSED", undefined, undefined],
    ]);
  });

  it("gives back a name exported with its neutralising quote as it was typed", () => {
    expect(products(`'=HYPERLINK("http://evil.example");"'+33 6 12";GROCERY;KG;1;2;550`)).toEqual([
      [1, '=HYPERLINK("http://evil.example")', null, "+33 6 12", 200],
    ]);
  });
});

describe("member import", () => {
  const members = (text: string) =>
    parseMemberRows(text).map((r) => [r.line, r.firstName, r.lastName, r.email, r.error]);

  it("reads `,` files with a comma in a quoted name, and tab-separated rows pasted from a spreadsheet", () => {
    const expected = [
      [2, "Amina", "Benali, épouse Durand", "amina@example.test", null],
      [3, "Zoé", "Martin", "zoe@example.test", null],
    ];
    expect(
      members('prénom,nom,e-mail\nAmina,"Benali, épouse Durand",amina@example.test\nZoé,Martin,zoe@example.test'),
    ).toEqual(expected);
    expect(
      members('prénom\tnom\te-mail\nAmina\t"Benali, épouse Durand"\tamina@example.test\nZoé\tMartin\tzoe@example.test'),
    ).toEqual(expected);
  });

  it("takes a first row with an address for a person, not for a header", () => {
    expect(members("Sarah;Varda;sarah@gmail.example\nLouis;Roux;louis@example.test")).toEqual([
      [1, "Sarah", "Varda", "sarah@gmail.example", null],
      [2, "Louis", "Roux", "louis@example.test", null],
    ]);
  });

  it("numbers rows as an editor does, after a quoted name over two lines and blank lines", () => {
    expect(
      members('"Marie\nClaire";Petit;mc@example.test\n\n\nLéa;;lea@example.test').map((r) => [r[0], r[4]]),
    ).toEqual([
      [1, null],
      [5, "CSV_NAME_MISSING"],
    ]);
  });
});

describe("both imports", () => {
  it("take 2,000 rows at most, a header not counted", () => {
    const lines = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join("\n");
    const member = (i: number) => `Prénom;Nom;p${i}@example.test`;
    const product = (i: number) => `Produit ${i};;GROCERY;KG;1;2;550`;
    expect(parseMemberRows(`prénom;nom;e-mail\n${lines(2000, member)}`)).toHaveLength(2000);
    expect(parseProductRows(`${HEADER}\n${lines(2000, product)}`)).toHaveLength(2000);
    expect(() => parseMemberRows(lines(2001, member))).toThrow(new DomainError("CSV_TOO_LONG", "csv"));
    expect(() => parseProductRows(lines(2001, product))).toThrow(new DomainError("CSV_TOO_LONG", "csv"));
  });
});

describe("exports", () => {
  it("neutralise what members and producers typed, and keep quantities, amounts and days as figures", () => {
    const orders = distributionOrdersCsv(
      [
        {
          basketNumber: 7,
          user: { lastName: '=HYPERLINK("http://evil.example")', firstName: "@Sarah", phone: "+33 6 12 34 56 78" },
          lines: [
            {
              producer: "-Ferme-",
              productName: "Amandes",
              quantity: "0.5",
              deliveredQuantity: null,
              unitPriceCents: 1485,
              totalCents: -743,
            },
          ],
        },
      ],
      ["N°", "Nom", "Prénom", "Téléphone", "Producteur", "Produit", "Quantité", "Prix unitaire", "Montant"],
    );
    expect(orders.split("\r\n")[1]).toBe(
      `7;"'=HYPERLINK(""http://evil.example"")";'@Sarah;'+33 6 12 34 56 78;'-Ferme-;Amandes;0,5;14,85;-7,43`,
    );

    const producer = producerOrdersCsv(
      {
        byBasket: [{ basketNumber: 3, name: "+MARTIN Chloé", items: [{ name: "=Noix", quantity: "1.25" }] }],
        byProduct: [{ name: "=Noix", quantity: "1.25", totalCents: 1225 }],
      },
      { header: ["Panier", "Membre", "Produit", "Quantité", "Montant"], total: "Total" },
    );
    expect(producer.split("\r\n").slice(1, 3)).toEqual(["3;'+MARTIN Chloé;'=Noix;1,25", ";Total;'=Noix;1,25;12,25"]);

    const statement = payoutStatementCsv(
      [
        {
          payoutId: "p1",
          marketName: "=Marché",
          producerName: "@Ferme",
          distributionDay: new Date("2026-03-01T00:00:00Z"),
          grossCents: 10_000,
          feeCents: -250,
          netCents: 9_750,
          availableOn: new Date("2026-03-04T00:00:00Z"),
          scheduledFor: new Date("2026-03-09T00:00:00Z"),
          status: "SCHEDULED",
          paidAt: null,
        },
      ],
      { csvHeader: ["Marché", "Producteur"], status: { SCHEDULED: "Programmé" } },
    );
    expect(statement.split("\r\n")[1]).toBe(
      "'=Marché;'@Ferme;2026-03-01;100,00;-2,50;97,50;2026-03-04;2026-03-09;Programmé",
    );
  });
});
