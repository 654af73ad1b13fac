import { describe, expect, it } from "vitest";
import { parseProductRows } from "@/lib/domain/catalog/product-csv";
import { DomainError } from "@/lib/domain/errors";
import { distributionOrdersCsv } from "@/lib/domain/distribution-day/orders-csv";
import { parseMemberRows } from "@/lib/domain/member/import-members";
import { producerOrdersCsv } from "@/lib/domain/participation/producer-orders-csv";
import { journalCsv } from "@/lib/domain/ledger/journal-csv";
import { statementCsv } from "@/lib/domain/payout/statement-csv";
import { messagesFor } from "@/lib/i18n/messages";

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
              vatRateBp: 550,
              totalCents: -743,
              vatCents: -39,
              netCents: -704,
            },
          ],
        },
      ],
      messagesFor("fr").admin.orders.csvHeader,
    );
    expect(orders.split("\r\n")[0]).toBe(
      "\uFEFFN°;Nom;Prénom;Téléphone;Producteur;Produit;Quantité;Prix unitaire;Montant;Taux TVA (%);HT;TVA",
    );
    expect(orders.split("\r\n")[1]).toBe(
      `7;"'=HYPERLINK(""http://evil.example"")";'@Sarah;'+33 6 12 34 56 78;'-Ferme-;Amandes;0,5;14,85;-7,43;5,5;-7,04;-0,39`,
    );

    const producer = producerOrdersCsv(
      {
        byBasket: [{ basketNumber: 3, name: "+MARTIN Chloé", items: [{ name: "=Noix", quantity: "1.25" }] }],
        byProduct: [{ name: "=Noix", quantity: "1.25", totalCents: 1225 }],
        vat: {
          rates: [{ vatRateBp: 550, totalCents: 1225, vatCents: 64, netCents: 1161 }],
          totalCents: 1225,
          vatCents: 64,
          netCents: 1161,
        },
      },
      {
        header: ["Panier", "Membre", "Produit", "Quantité", "Montant", "Taux TVA (%)", "HT", "TVA"],
        total: "Total",
        vatTotal: "Total par taux de TVA",
      },
    );
    expect(producer.split("\r\n").slice(1, 4)).toEqual([
      "3;'+MARTIN Chloé;'=Noix;1,25",
      ";Total;'=Noix;1,25;12,25",
      ";Total par taux de TVA;;;12,25;5,5;11,61;0,64",
    ]);

    const fr = messagesFor("fr").statements;
    const row = {
      marketId: "m1",
      marketName: "=Marché",
      timeZone: "Europe/Paris",
      distributionId: "d1",
      distributionDay: "2026-03-07",
      producerId: "p1",
      producerName: "@Ferme",
      salesCents: 2050,
      vat: {
        rates: [
          { vatRateBp: 550, totalCents: 1050, vatCents: 54, netCents: 996 },
          { vatRateBp: 2000, totalCents: 1000, vatCents: 166, netCents: 834 },
        ],
        totalCents: 2050,
        vatCents: 220,
        netCents: 1830,
      },
      shares: {
        feeCents: 51,
        onlineCents: 700,
        cabas: {
          amountCents: 700,
          paidCents: 700,
          status: "PAID" as const,
          scheduledFor: "2026-03-16",
          paidOn: "2026-03-16",
        },
        market: { shareCents: 1299, settledCents: 1000, dueCents: 299 },
      },
      settlements: [
        {
          transactionId: "t1",
          method: "TRANSFER" as const,
          paidOn: "2026-03-18",
          reference: "=cmd|' /C calc'!A0",
          amountCents: 1000,
          reversed: false,
        },
        {
          transactionId: "t2",
          method: "CASH" as const,
          paidOn: "2026-03-17",
          reference: null,
          amountCents: 50,
          reversed: true,
        },
      ],
    };
    const statement = statementCsv(
      [
        row,
        {
          ...row,
          producerName: "Fournil",
          vat: {
            rates: [{ vatRateBp: 550, totalCents: 2050, vatCents: 107, netCents: 1943 }],
            totalCents: 2050,
            vatCents: 107,
            netCents: 1943,
          },
          shares: null,
          settlements: [],
        },
      ],
      fr,
      "fr",
    ).split("\r\n");
    expect(statement[0]).toBe(
      '\uFEFFMarché;Distribution;Producteur;Ventes TTC;"HT 5,5 %";"TVA 5,5 %";HT 20 %;TVA 20 %;Frais du marché;Encaissé en ligne;Versement Cabas;État du versement Cabas;Date du versement Cabas;Dû par le marché;Réglé par le marché;Reste dû par le marché;Règlements du marché',
    );
    expect(statement[1]).toBe(
      "'=Marché;2026-03-07;'@Ferme;20,50;9,96;0,54;8,34;1,66;0,51;7,00;7,00;Versé le;2026-03-16;12,99;10,00;2,99;\"10,00\u00a0€ · Virement · 2026-03-18 · réf. =cmd|' /C calc'!A0 | 0,50\u00a0€ · Espèces · 2026-03-17 · annulé\"",
    );
    expect(statement[2]).toBe(
      "'=Marché;2026-03-07;Fournil;20,50;19,43;1,07;0,00;0,00;;;;En attente de programmation;;;;;",
    );

    const journal = journalCsv(
      [
        {
          day: "2026-03-18",
          transactionId: "t1",
          kind: "PRODUCER_SETTLEMENT",
          reverses: null,
          method: "TRANSFER",
          marketId: "m1",
          marketName: "=Marché",
          account: "PRODUCER",
          accountNumber: "4670",
          party: "-Ferme",
          partyId: "p1",
          basketNumber: null,
          distributionDay: "2026-03-07",
          reference: "+VIR",
          label: null,
          debitCents: 1000,
          creditCents: 0,
        },
        {
          day: "2026-03-19",
          transactionId: "t2",
          kind: "REVERSAL",
          reverses: "PAYMENT",
          method: "CASH",
          marketId: "m1",
          marketName: "Marché",
          account: "MARKET_TILL",
          accountNumber: "5300",
          party: null,
          partyId: null,
          basketNumber: 3,
          distributionDay: null,
          reference: null,
          label: "@erreur",
          debitCents: 0,
          creditCents: 850,
        },
      ],
      fr,
      "fr",
    ).split("\r\n");
    expect(journal.slice(1, 3)).toEqual([
      "2026-03-18;t1;Paiement au producteur;4670;Producteurs;'=Marché;'-Ferme · distribution du 07/03/2026 · virement · réf. +VIR;10,00;0,00",
      "2026-03-19;t2;Annulation : Paiement reçu;5300;Caisse;Marché;panier n° 3 · espèces · @erreur;0,00;8,50",
    ]);
  });
});
