import type { refunds as fr } from "../fr/refunds";

export const refunds: typeof fr = {
  owed: (amount: string) => `Still to pay: ${amount}`,
  owedHint:
    "Your basket has grown since you paid by card. Pay the difference before orders close; otherwise it stays owed on your market balance and you will be reminded at pick-up.",
  refundedToCard: (amount: string) => `${amount} is refunded to your card.`,
  cardRefunds: (amount: string) => `Refunded to the card: ${amount}`,
  debt: (amount: string) => `Still owed: ${amount}`,
  debtHint: "To be paid to the market (when you pick up your next basket, for instance).",
  refundTo: "Give the difference back",
  refundToChoice: { CARD: "to the card", BALANCE: "to the member's balance" },
  adjusted: (total: string, card: string, balance: string) =>
    `New total: ${total}. Refunded to the card: ${card}; credited to the balance: ${balance}.`,
  cancelDistribution: "Cancel the distribution",
  cancelDistributionTitle: "Cancel this distribution?",
  keepIt: "Keep it",
  cancelDistributionText:
    "Every basket is cancelled: card payments are refunded to the card, other money is credited to the members' balances, stock goes back on sale. Members and producers are told by e-mail.",
  distributionCancelled: (baskets: number) =>
    `Distribution cancelled (${baskets} basket${baskets > 1 ? "s" : ""} cancelled and refunded).`,
  cancelledNotice: "This distribution is cancelled: its baskets were cancelled and refunded.",
  saleCatalogs: "Catalogs of the sale",
  withdrawCatalog: (catalog: string) => `Withdraw “${catalog}” from the sale`,
  withdrawCatalogTitle: "Withdraw this catalog from the sale?",
  withdrawCatalogText:
    "Its products are taken out of the baskets already ordered: members are refunded and told by e-mail, and so is the producer.",
  catalogWithdrawn: (baskets: number) =>
    `Catalog withdrawn from the sale (${baskets} basket${baskets > 1 ? "s" : ""} changed).`,
  unlinkCancelLines: "Also cancel its products in baskets already ordered (refunds and e-mails)",
  emails: {
    distributionCancelled: {
      subject: (market: string, day: string) => `${market}: the distribution of ${day} is cancelled`,
      heading: "Distribution cancelled",
      basket: (basket: number) => `Your basket no. ${basket} is cancelled.`,
      producer: (producer: string) => `The orders for ${producer} at this distribution are cancelled.`,
    },
    linesCancelled: {
      subject: (market: string, day: string) => `${market}: your basket for ${day} has changed`,
      heading: "Products of your basket are cancelled",
      body: (producer: string, products: string) =>
        `${producer} no longer takes part in this distribution; these products are taken out of your basket: ${products}.`,
      basketEmpty: "Your basket is now empty.",
      producerHeading: "Your products are withdrawn from a sale",
      producerBody: (baskets: number) =>
        `The market withdrew your products from this distribution: ${baskets} basket${baskets > 1 ? "s" : ""} changed.`,
      producerSubject: (market: string, day: string) =>
        `${market}: your products are withdrawn from the sale of ${day}`,
    },
    balanceCredited: "The amount is credited back to your market balance.",
    paidBack: "What you had paid is given back to you: an e-mail confirms each refund.",
    action: "See my account",
  },
  errors: {
    CARD_REFUND_PENDING:
      "A card refund is still under way for basket(s) no. {baskets}: wait for Stripe's answer (a few minutes) before validating.",
    DISTRIBUTION_CANCELLED: "This distribution is cancelled.",
    PRODUCER_ALREADY_PAID:
      "Cabas has already paid {producer} for the distribution of {distribution}, with card money this change would take back. Go through the member's balance instead (goodwill or correction).",
    PRODUCER_ALREADY_SETTLED:
      "The market has already paid {producer} for this distribution: first reverse that payment to the producer (Statements), then adjust the basket and pay them again what they are owed.",
    SALE_HAS_ORDERS:
      "Baskets already ordered hold these products: no. {baskets}. The market's admin must first cancel these products (members will be refunded and told).",
    BASKETS_VALIDATED:
      "Baskets holding these products are already validated (no. {baskets}): adjust them from the distribution day screen instead.",
  },
};
