export const money = {
  refunded: (card: string, balance: string) => `Remboursé : ${card} sur la carte, ${balance} sur le solde.`,
  // Reports' VAT (PRODUCT.md): prices include it; each line's VAT is frozen with its rate, shown per rate.
  vat: {
    rate: "Taux",
    net: "HT",
    vat: "TVA",
    total: "TTC",
    all: "Total",
    rateColumn: "Taux TVA (%)",
    byRate: "Total par taux de TVA",
    percent: (rate: string) => `${rate} %`,
    lineRate: (rate: string) => `TVA ${rate} %`,
    orderCaption: "Dont TVA, par taux",
    producerCaption: "Vos ventes par taux de TVA",
    marketCaption: "Ventes par taux de TVA",
  },
  errors: {
    AMOUNT_INVALID: "Saisissez un montant en euros, différent de zéro (ex. 12,50).",
    AMOUNT_TOO_LARGE: "Ce montant est trop élevé.",
    GOODWILL_MUST_CREDIT: "Un geste commercial crédite le solde : saisissez un montant positif.",
    REASON_REQUIRED: "Indiquez la raison : elle reste dans l’historique du membre.",
    PAYMENT_METHOD_UNAVAILABLE: "Ce moyen de paiement n’est pas proposé par ce marché.",
    ORDER_CLOSED: "Les commandes de cette vente sont closes.",
    NOTHING_TO_PAY: "Il n’y a rien à payer pour cette commande.",
    BASKET_ALREADY_VALIDATED: "Ce panier est déjà validé.",
    ONLINE_PAYMENTS_OFF:
      "Les paiements en ligne ne sont pas activés sur ce site : les versements se font par virement.",
  } as Record<string, string>,
};
