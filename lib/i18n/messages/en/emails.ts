import type { emails as fr } from "../fr/emails";

export const emails: typeof fr = {
  footerMember: (market: string) =>
    `You receive this e-mail as a member of “${market}”. Change your preferences in “My account”.`,
  footerProducer: (market: string) => `You receive this e-mail because your catalog takes part in “${market}”'s sales.`,
  footerAdmin: (market: string) => `You receive this e-mail because you run “${market}”.`,
  footerDirect: (market: string) => `“${market}” writes to you through Cabas's messaging.`,
  contactLine: (contact: string) => `A question? Contact ${contact}`,
  unsubscribe: {
    marketMessages: (market: string) => `Stop receiving messages from “${market}”`,
    saleOpening: "Stop telling me when sales open",
    reminder: "Stop the reminders (orders closing, pick-up tomorrow)",
  },
  pickupLine: (day: string, from: string, to: string, place: string) =>
    `Pick-up on ${day}, ${from} to ${to}, at ${place}.`,
  saleName: (name: string) => `${name}:`,
  saleNote: (note: string) => `Note from the market: ${note}`,
  basketValidated: {
    subject: (market: string) => `${market}: your basket is validated`,
    heading: "Your basket is validated",
    total: (amount: string) => `Final amount: ${amount}.`,
    action: "See my account",
  },
  refundIssued: {
    subject: (market: string) => `${market}: refund`,
    heading: "You have been refunded",
    body: (amount: string, where: string) => `${amount} ${where}.`,
    toCard: "refunded to your card (a few days depending on your bank)",
    toBalance: "credited to your market balance",
  },
  payoutSent: {
    subject: (market: string) => `${market}: payout of your sales`,
    heading: "Your sales are paid out",
    body: (amount: string, day: string) => `${amount} for the ${day} distribution.`,
    action: "See my payouts",
  },
  saleOpening: {
    subject: (market: string) => `${market}: orders are open`,
    heading: "Orders are open!",
    deadline: (date: string) => `Order until ${date}.`,
    action: "Order",
  },
  reminder: {
    subject: (market: string) => `${market}: your basket is waiting for you tomorrow`,
    heading: "Reminder: pick-up in 24 hours",
    basket: (n: number) => `Your basket number is ${n}.`,
    action: "See my order",
  },
  finishBasket: {
    subject: (market: string) => `${market}: your basket is not an order yet`,
    heading: "Finish your basket",
    body: (close: string) =>
      `Your basket is not an order yet: confirm it before ${close}, or it will be cancelled when orders close.`,
    action: "Finish my basket",
  },
  closingSoon: {
    subject: (market: string) => `${market}: orders close soon`,
    heading: "Orders close soon",
    body: (close: string) => `You have not ordered for this pick-up yet: order before ${close}.`,
    action: "Order",
  },
  draftDropped: {
    subject: (market: string) => `${market}: your unconfirmed basket was cancelled`,
    heading: "Your basket was cancelled",
    body: (day: string) =>
      `Orders for the distribution of ${day} are closed and your basket had not been confirmed: it was not an order. Its products are back on sale.`,
    action: "See the next sales",
  },
  closeOrders: {
    subject: (market: string, day: string) => `${market}: your orders for ${day}`,
    heading: "Orders are closed",
    intro: (producer: string) => `Here are the orders received for “${producer}”.`,
    none: "No order for this distribution.",
    byProduct: "By product",
    byBasket: "By basket",
    product: "Product",
    quantity: "Quantity",
    basket: "Basket",
    shopper: "Shopper",
    lines: "Products",
    action: "Open my producer space",
  },
  validate: {
    subject: (market: string, day: string) => `${market}: validate the ${day} distribution`,
    subjectLate: (market: string, day: string) => `${market}: the ${day} distribution is still not validated`,
    heading: "Remember to validate the distribution",
    body: "Validate each basket (missing item, real weight), then the distribution: this triggers refunds and pays the producers.",
    late: "More than 4 unvalidated distributions block the next sales.",
    action: "Validate the distribution",
  },
};
