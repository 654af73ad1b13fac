import { db } from "@/lib/db/client";
import { hasMarketRight, requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

export type PayoutStatementRow = {
  payoutId: string;
  marketName: string;
  producerName: string;
  distributionDay: Date;
  grossCents: number;
  feeCents: number;
  netCents: number;
  availableOn: Date;
  scheduledFor: Date;
  status: "SCHEDULED" | "PAID" | "FAILED" | "MANUAL";
  paidAt: Date | null;
};

const select = {
  id: true,
  grossCents: true,
  feeCents: true,
  availableOn: true,
  scheduledFor: true,
  status: true,
  paidAt: true,
  market: { select: { name: true } },
  producer: { select: { name: true } },
  distribution: { select: { day: true } },
} as const;

function toRow(p: {
  id: string;
  grossCents: number;
  feeCents: number;
  availableOn: Date;
  scheduledFor: Date;
  status: PayoutStatementRow["status"];
  paidAt: Date | null;
  market: { name: string };
  producer: { name: string };
  distribution: { day: Date };
}): PayoutStatementRow {
  return {
    payoutId: p.id,
    marketName: p.market.name,
    producerName: p.producer.name,
    distributionDay: p.distribution.day,
    grossCents: p.grossCents,
    feeCents: p.feeCents,
    netCents: p.grossCents - p.feeCents,
    availableOn: p.availableOn,
    scheduledFor: p.scheduledFor,
    status: p.status,
    paidAt: p.paidAt,
  };
}

// A producer's statements: one row per market and validated distribution, newest first.
export async function listProducerPayouts({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  const payouts = await db().payout.findMany({
    where: { producerId },
    select,
    orderBy: { distribution: { day: "desc" } },
    take: 500,
  });
  return payouts.map(toRow);
}

// The same, for a market's admin: every producer paid through this market.
export async function listMarketPayouts({ actor, marketId }: { actor: Actor; marketId: string }) {
  if (!hasMarketRight(actor, marketId, "admin")) throw new DomainError("FORBIDDEN");
  const payouts = await db().payout.findMany({
    where: { marketId },
    select,
    orderBy: [{ distribution: { day: "desc" } }, { producer: { name: "asc" } }],
    take: 1000,
  });
  return payouts.map(toRow);
}
