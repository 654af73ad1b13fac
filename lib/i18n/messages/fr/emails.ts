export const emails = {
  footerMember: (market: string) =>
    `Vous recevez cet e-mail car vous êtes membre de « ${market} ». Réglez vos préférences dans « Mon compte ».`,
  footerProducer: (market: string) =>
    `Vous recevez cet e-mail car votre catalogue participe aux ventes de « ${market} ».`,
  footerAdmin: (market: string) => `Vous recevez cet e-mail car vous administrez « ${market} ».`,
  footerDirect: (market: string) => `« ${market} » vous écrit par la messagerie de Cabas.`,
  contactLine: (contact: string) => `Une question ? Contactez ${contact}`,
  unsubscribe: {
    marketMessages: (market: string) => `Ne plus recevoir les messages de « ${market} »`,
    saleOpening: "Ne plus être prévenu·e à l’ouverture des ventes",
    reminder: "Ne plus recevoir les rappels (commandes qui ferment, distribution du lendemain)",
  },
  pickupLine: (day: string, from: string, to: string, place: string) =>
    `Distribution le ${day}, de ${from} à ${to}, à ${place}.`,
  saleName: (name: string) => `${name} :`,
  saleNote: (note: string) => `Note du marché : ${note}`,
  basketValidated: {
    subject: (market: string) => `${market} : votre panier est validé`,
    heading: "Votre panier est validé",
    total: (amount: string) => `Montant final : ${amount}.`,
    action: "Voir mon compte",
  },
  refundIssued: {
    subject: (market: string) => `${market} : remboursement`,
    heading: "Vous êtes remboursé·e",
    body: (amount: string, where: string) => `${amount} vous ${where}.`,
    toCard: "sont remboursés sur votre carte bancaire (quelques jours selon votre banque)",
    toBalance: "sont crédités sur votre solde du marché",
  },
  payoutSent: {
    subject: (market: string) => `${market} : versement de vos ventes`,
    heading: "Vos ventes vous sont versées",
    body: (amount: string, day: string) => `${amount} pour la distribution du ${day}.`,
    action: "Voir mes versements",
  },
  saleOpening: {
    subject: (market: string) => `${market} : les commandes sont ouvertes`,
    heading: "Les commandes sont ouvertes !",
    deadline: (date: string) => `Commandez jusqu’au ${date}.`,
    action: "Commander",
  },
  reminder: {
    subject: (market: string) => `${market} : votre panier vous attend demain`,
    heading: "Rappel : distribution dans 24 heures",
    basket: (n: number) => `Votre panier porte le numéro ${n}.`,
    action: "Voir ma commande",
  },
  finishBasket: {
    subject: (market: string) => `${market} : votre panier n’est pas encore commandé`,
    heading: "Finissez votre panier",
    body: (close: string) =>
      `Votre panier n’est pas encore une commande : confirmez-le avant le ${close}, sinon il sera annulé à la clôture des commandes.`,
    action: "Finir mon panier",
  },
  closingSoon: {
    subject: (market: string) => `${market} : les commandes ferment bientôt`,
    heading: "Les commandes ferment bientôt",
    body: (close: string) => `Vous n’avez pas encore commandé pour cette distribution : commandez avant le ${close}.`,
    action: "Commander",
  },
  draftDropped: {
    subject: (market: string) => `${market} : votre panier non confirmé est annulé`,
    heading: "Votre panier a été annulé",
    body: (day: string) =>
      `Les commandes pour la distribution du ${day} sont closes et votre panier n’avait pas été confirmé : ce n’était pas une commande. Ses produits ont été remis en vente.`,
    action: "Voir les prochaines ventes",
  },
  closeOrders: {
    subject: (market: string, day: string) => `${market} : vos commandes pour le ${day}`,
    heading: "Les commandes sont closes",
    intro: (producer: string) => `Voici les commandes reçues pour « ${producer} ».`,
    none: "Aucune commande pour cette distribution.",
    byProduct: "Par produit",
    byBasket: "Par panier",
    product: "Produit",
    quantity: "Quantité",
    basket: "Panier",
    shopper: "Client",
    lines: "Produits",
    action: "Voir dans mon espace producteur",
  },
  validate: {
    subject: (market: string, day: string) => `${market} : validez la distribution du ${day}`,
    subjectLate: (market: string, day: string) => `${market} : la distribution du ${day} n’est toujours pas validée`,
    heading: "Pensez à valider la distribution",
    body: "Validez chaque panier (produit manquant, poids réel) puis la distribution : c’est ce qui déclenche les remboursements et le paiement des producteurs.",
    late: "Plus de 4 distributions non validées bloquent les ventes suivantes.",
    action: "Valider la distribution",
  },
};
