// The privacy notice shown at sign-up and at /confidentialite, and the account's « Mes données » section.
export const privacy = {
  errors: {
    privacyRequired: "Acceptez la politique de confidentialité pour créer votre compte.",
    PASSWORD_WRONG: "Mot de passe incorrect.",
    ACCOUNT_LAST_ADMIN:
      "Vous êtes le dernier administrateur d’un marché : nommez un autre administrateur avant de supprimer votre compte.",
    ACCOUNT_HAS_ACTIVE_BASKET:
      "Un de vos paniers est déjà payé ou attend d’être retiré : supprimez votre compte après la distribution, ou demandez au marché de l’annuler.",
    ACCOUNT_HAS_BALANCE:
      "Votre solde n’est pas à zéro dans un marché : réglez-le avec le marché avant de supprimer votre compte.",
  } as Record<string, string>,
  consent: "J’accepte la politique de confidentialité de Cabas",
  consentLink: "Lire la politique de confidentialité",
  title: "Politique de confidentialité",
  updated: "Ce que Cabas fait de vos données personnelles, et vos droits.",
  sections: [
    {
      heading: "Ce que nous gardons",
      text: "Votre nom, votre e-mail et votre mot de passe (chiffré, jamais lisible) ; si vous les donnez, votre téléphone et votre adresse ; vos commandes, paiements et soldes dans chaque marché ; vos préférences d’e-mails.",
    },
    {
      heading: "Pourquoi",
      text: "Pour que vous puissiez commander et retirer vos paniers, que les producteurs préparent vos commandes, que les marchés tiennent leurs comptes, et pour vous écrire au sujet des ventes (ces e-mails-là se désactivent dans « Mon compte » ou par le lien de désabonnement de chaque e-mail).",
    },
    {
      heading: "Qui les voit",
      text: "Les administrateurs d’un marché dont vous êtes membre voient votre nom, votre e-mail, votre téléphone et vos commandes dans ce marché. Les producteurs voient le nom et le numéro de panier sur leurs commandes. Votre adresse n’est partagée, pour une livraison solidaire, qu’avec la personne que vous avez acceptée et les administrateurs du marché, jusqu’au lendemain de la distribution. Rien n’est vendu ni cédé à personne.",
    },
    {
      heading: "Combien de temps",
      text: "Tant que votre compte existe. Si vous le supprimez, vos données personnelles sont effacées ; l’historique des commandes et des paiements reste, anonymisé, pendant dix ans, comme la loi l’impose aux commerçants (Code de commerce, art. L123-22).",
    },
    {
      heading: "Vos droits",
      text: "Dans « Mon compte », vous modifiez vos informations, téléchargez toutes vos données (fichier JSON) et supprimez votre compte. Pour toute question, écrivez au marché dont vous êtes membre ; vous pouvez aussi saisir la CNIL.",
    },
  ],
  account: {
    title: "Mes données",
    intro: "Téléchargez tout ce que Cabas garde sur vous, ou supprimez votre compte.",
    download: "Télécharger mes données (JSON)",
    deleteTitle: "Supprimer mon compte",
    deleteIntro:
      "Vos données personnelles seront effacées et vous serez déconnecté. Vos paniers non payés des ventes ouvertes seront annulés. L’historique de vos commandes et paiements reste, anonymisé, comme la loi l’impose.",
    password: "Votre mot de passe, pour confirmer",
    delete: "Supprimer définitivement mon compte",
    deleted: "Votre compte a été supprimé.",
  },
};
