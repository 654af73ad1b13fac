import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { cancelFeeInvoice } from "@/lib/domain/invoice/cancel-fee-invoice";
import { issueFeeInvoices } from "@/lib/domain/invoice/issue-fee-invoices";
import { listMarketFeeInvoices, listProducerFeeInvoices } from "@/lib/domain/invoice/list-fee-invoices";
import { listMarketStatements } from "@/lib/domain/payout/list-payout-statements";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { withFakeStripe } from "../../support/fake-stripe";
import { createMembership, createUser } from "../../support/factories";
import { distributionPaidEveryWay, paris } from "../../support/money-scenario";

withFakeStripe();

const invoicesOf = (marketId: string) =>
  db().invoice.findMany({ where: { marketId }, orderBy: [{ year: "asc" }, { number: "asc" }] });

// The scenario's market takes 2,5 %: the farm sold 20,50 € (fee 0,51 €), the bakery 16,80 € (fee 0,42 €).
describe("the market's fee invoices", () => {
  it("are issued to each producer when the payouts are scheduled, numbered from 1, under the franchise", async () => {
    const { market, farm, bakery, distribution } = await distributionPaidEveryWay();
    const invoices = await invoicesOf(market.id);
    expect(invoices).toMatchObject([
      {
        producerId: farm.producer.id,
        distributionId: distribution.id,
        kind: "INVOICE",
        year: 2026,
        number: 1,
        vatStatus: "FRANCHISE",
        excludingVatCents: 51,
        vatCents: 0,
        includingVatCents: 51,
        issuedAt: paris("2026-03-07", 21 * 60),
        seller: { name: market.name, vatMention: "TVA non applicable, art. 293 B du CGI" },
        buyer: { name: "Ferme des Trois Cocus" },
      },
      { producerId: bakery.producer.id, number: 2, includingVatCents: 42, vatCents: 0 },
    ]);
  });

  it("split the fee the statements show into 20 % VAT and the rest when the market is liable", async () => {
    const { market, admin, farm, bakery } = await distributionPaidEveryWay({ scheduled: false });
    await db().market.update({
      where: { id: market.id },
      data: { vatStatus: "LIABLE", legalName: "Association Le Cabas", siret: "12345678900011", vatNumber: "FR12" },
    });
    await schedulePayouts({ now: paris("2026-03-07", 21 * 60) });
    const invoices = await invoicesOf(market.id);
    expect(invoices).toMatchObject([
      { producerId: farm.producer.id, excludingVatCents: 43, vatCents: 8, includingVatCents: 51 },
      { producerId: bakery.producer.id, excludingVatCents: 35, vatCents: 7, includingVatCents: 42 },
    ]);
    expect(invoices[0].seller).toEqual({
      name: "Association Le Cabas",
      address: null,
      siret: "12345678900011",
      vatNumber: "FR12",
      vatMention: null,
    });
    // The invoices' totals are the statements' fees, to the cent.
    const rows = await listMarketStatements({ actor: await loadActor(admin.id), marketId: market.id });
    for (const invoice of invoices)
      expect(rows.find((r) => r.producerId === invoice.producerId)!.shares!.feeCents).toBe(invoice.includingVatCents);
  });

  it("are issued once however often scheduling runs again, and not at all without a fee", async () => {
    const { market, distribution } = await distributionPaidEveryWay();
    await schedulePayouts({ now: paris("2026-03-08", 9 * 60) });
    await db().$transaction((tx) => issueFeeInvoices(tx, distribution.id, paris("2026-03-08", 10 * 60)));
    expect(await invoicesOf(market.id)).toHaveLength(2);

    const free = await distributionPaidEveryWay({ scheduled: false });
    await db().market.update({ where: { id: free.market.id }, data: { feeBp: 0 } });
    await schedulePayouts({ now: paris("2026-03-07", 21 * 60) });
    expect(await db().distribution.findUniqueOrThrow({ where: { id: free.distribution.id } })).toMatchObject({
      payoutsScheduledAt: paris("2026-03-07", 21 * 60),
    });
    expect(await invoicesOf(free.market.id)).toEqual([]);
  });

  it("keep the parties and mentions of their issue when the market's settings change", async () => {
    const { market } = await distributionPaidEveryWay();
    await db().market.update({
      where: { id: market.id },
      data: { vatStatus: "LIABLE", legalName: "Autre nom", legalAddress: "2 rue Neuve" },
    });
    const [invoice] = await invoicesOf(market.id);
    expect(invoice).toMatchObject({
      vatStatus: "FRANCHISE",
      vatCents: 0,
      seller: { name: market.name, address: null, vatMention: "TVA non applicable, art. 293 B du CGI" },
    });
  });

  it("are cancelled by a credit note of the next number, never deleted, and only once", async () => {
    const { market, admin, farm } = await distributionPaidEveryWay();
    const actor = await loadActor(admin.id);
    const [invoice] = await invoicesOf(market.id);
    const now = paris("2026-03-09", 10 * 60);
    const note = await cancelFeeInvoice({ actor, invoiceId: invoice.id, now });
    expect(note).toMatchObject({
      kind: "CREDIT_NOTE",
      creditedInvoiceId: invoice.id,
      producerId: farm.producer.id,
      year: 2026,
      number: 3,
      excludingVatCents: -51,
      vatCents: 0,
      includingVatCents: -51,
      seller: invoice.seller,
      buyer: invoice.buyer,
      issuedAt: now,
    });
    expect((await invoicesOf(market.id)).map((i) => [i.kind, i.number])).toEqual([
      ["INVOICE", 1],
      ["INVOICE", 2],
      ["CREDIT_NOTE", 3],
    ]);
    await expect(cancelFeeInvoice({ actor, invoiceId: invoice.id, now })).rejects.toEqual(
      new DomainError("INVOICE_ALREADY_CANCELLED"),
    );
    await expect(cancelFeeInvoice({ actor, invoiceId: note.id, now })).rejects.toEqual(
      new DomainError("NOT_AN_INVOICE"),
    );
    // Its fee unchanged, following the fees again (a basket changed elsewhere) leaves it cancelled: not re-issued.
    const { distributionId } = invoice;
    expect(await db().$transaction((tx) => issueFeeInvoices(tx, distributionId, now))).toBe(0);
    expect(await invoicesOf(market.id)).toHaveLength(3);
  });

  it("are cancelled by an admin of their market only", async () => {
    const { market } = await distributionPaidEveryWay();
    const [invoice] = await invoicesOf(market.id);
    const member = await createUser();
    await createMembership(market.id, member.id);
    const other = await distributionPaidEveryWay();
    for (const actor of [await loadActor(member.id), await loadActor(other.admin.id)])
      await expect(
        cancelFeeInvoice({ actor, invoiceId: invoice.id, now: paris("2026-03-09", 10 * 60) }),
      ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(await db().invoice.count({ where: { creditedInvoiceId: invoice.id } })).toBe(0);
  });

  it("are listed to the market's admins, and to each producer its own", async () => {
    const { market, admin, farm } = await distributionPaidEveryWay();
    const actor = await loadActor(admin.id);
    expect(await listMarketFeeInvoices({ actor, marketId: market.id })).toMatchObject([
      { number: 2, producerName: "Fournil de Soupetard", includingVatCents: 42, timeZone: "Europe/Paris" },
      { number: 1, producerName: "Ferme des Trois Cocus", includingVatCents: 51 },
    ]);
    const team = await createUser();
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: team.id } });
    const own = await listProducerFeeInvoices({ actor: await loadActor(team.id), producerId: farm.producer.id });
    expect(own.filter((i) => i.marketName === market.name).map((i) => i.number)).toEqual([1]);
    await expect(listMarketFeeInvoices({ actor: await loadActor(team.id), marketId: market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(listProducerFeeInvoices({ actor, producerId: farm.producer.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });
});
