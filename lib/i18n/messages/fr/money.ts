export const money = {
  errors: {
    PAYMENT_METHOD_UNAVAILABLE: "Ce moyen de paiement n’est pas proposé par ce marché.",
    ORDER_CLOSED: "Les commandes de cette vente sont closes.",
    NOTHING_TO_PAY: "Il n’y a rien à payer pour cette commande.",
    BASKET_ALREADY_VALIDATED: "Ce panier est déjà validé.",
  } as Record<string, string>,
};
