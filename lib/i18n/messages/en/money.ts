import type { money as fr } from "../fr/money";

export const money: typeof fr = {
  refunded: (card: string, balance: string) => `Refunded: ${card} to the card, ${balance} to the balance.`,
  vat: {
    rate: "Rate",
    net: "Net",
    vat: "VAT",
    total: "Gross",
    all: "Total",
    rateColumn: "VAT rate (%)",
    byRate: "Total per VAT rate",
    percent: (rate: string) => `${rate}%`,
    lineRate: (rate: string) => `VAT ${rate}%`,
    orderCaption: "Including VAT, by rate",
    producerCaption: "Your sales by VAT rate",
    marketCaption: "Sales by VAT rate",
  },
  errors: {
    AMOUNT_INVALID: "Enter an amount in euros, other than zero (e.g. 12.50).",
    AMOUNT_TOO_LARGE: "This amount is too large.",
    GOODWILL_MUST_CREDIT: "A goodwill gesture credits the balance: enter a positive amount.",
    REASON_REQUIRED: "Give the reason: it stays in the member’s history.",
    PAYMENT_METHOD_UNAVAILABLE: "This market does not offer this payment method.",
    ORDER_CLOSED: "Orders for this sale are closed.",
    NOTHING_TO_PAY: "There is nothing to pay for this order.",
    BASKET_ALREADY_VALIDATED: "This basket is already validated.",
    ONLINE_PAYMENTS_OFF: "Online payments are not enabled on this site: payouts are made by bank transfer.",
  },
};
