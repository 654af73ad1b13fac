export const refunds = {
  // The shopper's basket after paying by card.
  owed: (amount: string) => `Reste à payer : ${amount}`,
  owedHint:
    "Votre panier a augmenté depuis votre paiement par carte. Payez la différence avant la fermeture des commandes ; sinon elle restera due sur votre solde du marché et vous sera rappelée au retrait.",
  refundedToCard: (amount: string) => `${amount} vous sont remboursés sur votre carte.`,
  cardRefunds: (amount: string) => `Remboursé sur la carte : ${amount}`,
  // « Mon compte » and the day screen.
  debt: (amount: string) => `Reste dû : ${amount}`,
  debtHint: "À régler au marché (au retrait de votre prochain panier, par exemple).",
  // Day screen, once a basket is validated.
  refundTo: "Rendre la différence",
  refundToChoice: { CARD: "sur la carte", BALANCE: "sur le solde du membre" } as Record<string, string>,
  adjusted: (total: string, card: string, balance: string) =>
    `Nouveau total : ${total}. Remboursé sur la carte : ${card} ; crédité sur le solde : ${balance}.`,
  // Cancelling a distribution, a catalog's lines.
  cancelDistribution: "Annuler la distribution",
  cancelDistributionTitle: "Annuler cette distribution ?",
  keepIt: "Ne rien annuler",
  cancelDistributionText:
    "Tous les paniers sont annulés : les paiements par carte sont remboursés sur la carte, les autres sommes créditées sur le solde des membres, le stock est remis en vente. Les membres et les producteurs sont prévenus par e-mail.",
  distributionCancelled: (baskets: number) =>
    `Distribution annulée (${baskets} panier${baskets > 1 ? "s" : ""} annulé${baskets > 1 ? "s" : ""} et remboursé${baskets > 1 ? "s" : ""}).`,
  cancelledNotice: "Cette distribution est annulée : les paniers ont été annulés et remboursés.",
  saleCatalogs: "Catalogues de la vente",
  withdrawCatalog: (catalog: string) => `Retirer « ${catalog} » de la vente`,
  withdrawCatalogTitle: "Retirer ce catalogue de la vente ?",
  withdrawCatalogText:
    "Ses produits sont retirés des paniers déjà commandés : les membres sont remboursés et prévenus par e-mail, le producteur aussi.",
  catalogWithdrawn: (baskets: number) =>
    `Catalogue retiré de la vente (${baskets} panier${baskets > 1 ? "s" : ""} modifié${baskets > 1 ? "s" : ""}).`,
  unlinkCancelLines: "Annuler aussi ses produits dans les paniers déjà commandés (remboursements et e-mails)",
  emails: {
    distributionCancelled: {
      subject: (market: string, day: string) => `${market} : la distribution du ${day} est annulée`,
      heading: "Distribution annulée",
      basket: (basket: number) => `Votre panier n° ${basket} est annulé.`,
      producer: (producer: string) => `Les commandes de ${producer} pour cette distribution sont annulées.`,
    },
    linesCancelled: {
      subject: (market: string, day: string) => `${market} : votre panier du ${day} a changé`,
      heading: "Des produits de votre panier sont annulés",
      body: (producer: string, products: string) =>
        `${producer} ne participe plus à cette distribution ; ces produits sont retirés de votre panier : ${products}.`,
      basketEmpty: "Votre panier est maintenant vide.",
      producerHeading: "Vos produits sont retirés d’une vente",
      producerBody: (baskets: number) =>
        `Le marché a retiré vos produits de cette distribution : ${baskets} panier${baskets > 1 ? "s" : ""} modifié${baskets > 1 ? "s" : ""}.`,
      producerSubject: (market: string, day: string) => `${market} : vos produits sont retirés de la vente du ${day}`,
    },
    balanceCredited: "Le montant est recrédité sur votre solde du marché.",
    paidBack: "Ce que vous aviez payé vous est rendu : un e-mail vous confirme chaque remboursement.",
    action: "Voir mon compte",
  },
  errors: {
    CARD_REFUND_PENDING:
      "Un remboursement par carte est encore en cours pour le(s) panier(s) n° {baskets} : attendez la réponse de Stripe (quelques minutes) avant de valider.",
    DISTRIBUTION_CANCELLED: "Cette distribution est annulée.",
    PRODUCER_ALREADY_PAID:
      "Cabas a déjà payé {producer} pour la distribution du {distribution}, avec l’argent par carte que ce changement reprendrait. Passez plutôt par le solde du membre (geste commercial ou correction).",
    PRODUCER_ALREADY_SETTLED:
      "Le marché a déjà payé {producer} pour cette distribution : annulez d’abord ce paiement au producteur (Relevés), puis ajustez le panier et payez-lui de nouveau ce qui lui est dû.",
    SALE_HAS_ORDERS:
      "Des paniers déjà commandés contiennent ces produits : n° {baskets}. L’administrateur du marché doit d’abord annuler ces produits (les membres seront remboursés et prévenus).",
    BASKETS_VALIDATED:
      "Des paniers contenant ces produits sont déjà validés (n° {baskets}) : ajustez-les plutôt depuis l’écran de distribution.",
  } as Record<string, string>,
};
