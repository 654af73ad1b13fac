// The built-in guides at /aide (issue 17, item 6): one per space, each a few sections of steps with links into
// the app. The English file is typed by this one, so both languages have the same guides and links; the steps'
// count is checked by tests/unit/help/guides.test.ts.
export type HelpLink = { label: string; href: string };
export type HelpSection = { title: string; steps: readonly string[]; links: readonly HelpLink[] };
export type HelpGuide = { title: string; summary: string; sections: readonly HelpSection[] };

export const help = {
  nav: "Aide",
  title: "Aide",
  intro: "Des guides courts pour chaque espace de Cabas : choisissez le vôtre.",
  backToIndex: "Tous les guides",
  support: "Besoin d’aide ? Écrivez à",
  supportPage: "Besoin d’aide ? Consultez",
  supportPageLink: "la page d’assistance",
  guides: {
    admin: {
      title: "Administrer un marché",
      summary: "Créer son marché, ses lieux, ses catalogues et ses distributions, puis suivre les commandes.",
      sections: [
        {
          title: "Créer le marché",
          steps: [
            "Ouvrez l’espace d’administration et créez votre marché : son nom et sa ville suffisent pour commencer.",
            "Dans « Paramètres », complétez le texte d’accueil, le logo, les moyens de paiement acceptés et le contact du marché.",
            "Ajoutez au moins un lieu de distribution dans « Lieux » : son adresse s’affiche sur chaque distribution.",
          ],
          links: [{ label: "Espace d’administration", href: "/admin" }],
        },
        {
          title: "Réunir les producteurs",
          steps: [
            "Dans « Catalogues », reliez le catalogue d’un producteur avec le numéro ou le lien qu’il vous a donné, ou cherchez-le dans l’annuaire.",
            "Un producteur qui n’est pas encore sur Cabas crée son compte depuis l’espace producteur, puis vous partage son catalogue.",
          ],
          links: [],
        },
        {
          title: "Ouvrir une vente",
          steps: [
            "Dans « Distributions », créez une distribution (ou un cycle) : date, lieu, ouverture et fermeture des commandes, et si vous le voulez un nom et une note aux membres (« apportez vos contenants »).",
            "Dans « Catalogues participants », invitez les catalogues un par un ou tous à la fois : chaque producteur accepte la vente depuis son espace. Les membres ne sont prévenus de l’ouverture qu’une fois un catalogue accepté.",
            "Partagez le lien du marché, copié ou affiché en QR code sur l’affiche imprimable.",
          ],
          links: [],
        },
        {
          title: "Après la fermeture",
          steps: [
            "Les commandes se lisent par panier, par produit ou par producteur, et s’exportent en CSV.",
            "Le jour venu, le référent ouvre l’écran du jour de distribution sur son téléphone.",
            "Après validation, « Versements » dit ce que Cabas paie à chaque producteur et ce que le marché lui doit.",
          ],
          links: [{ label: "Guide du jour de distribution", href: "/aide/jour-de-distribution" }],
        },
        {
          title: "Écrire aux membres et aux producteurs",
          steps: [
            "Dans « Messagerie », écrivez à tous les membres, à ceux qui ont commandé (ou pas) pour la prochaine distribution, aux producteurs ou aux administrateurs : Cabas vous demande de confirmer à qui le message part avant de l’envoyer.",
            "Les réponses des membres et des producteurs, et ce que les producteurs vous écrivent, arrivent dans « Messages reçus » ; le menu compte les conversations que vous n’avez pas lues, et chaque administrateur les reçoit aussi par e-mail.",
            "Quand un producteur vous envoie le raccourci de son catalogue, reliez-le à votre marché depuis son message.",
          ],
          links: [{ label: "Espace d’administration", href: "/admin" }],
        },
      ],
    },
    producteur: {
      title: "Vendre comme producteur",
      summary:
        "Créer son compte producteur, son catalogue et ses produits, accepter les ventes et préparer les commandes.",
      sections: [
        {
          title: "Votre compte et votre catalogue",
          steps: [
            "Créez votre compte producteur depuis l’espace producteur, puis un catalogue.",
            "Ajoutez vos produits : prix, unité, photo, vrac au poids ou au volume, stock s’il est limité. Un tableur s’importe aussi en CSV.",
            "Donnez le numéro ou le lien de votre catalogue au marché qui vous accueille.",
          ],
          links: [{ label: "Espace producteur", href: "/producteur" }],
        },
        {
          title: "Les ventes",
          steps: [
            "Quand un marché vous invite à une distribution, acceptez-la dans « Ventes » et choisissez les produits proposés.",
            "À la fermeture des commandes, vous recevez le récapitulatif par e-mail ; il se lit aussi par produit et par panier, à imprimer ou en CSV.",
          ],
          links: [{ label: "Ventes", href: "/producteur/ventes" }],
        },
        {
          title: "Être payé",
          steps: [
            "Dans « Versements », reliez un compte Stripe pour recevoir les paiements par carte, ou donnez vos coordonnées de virement.",
            "Chaque distribution validée a son relevé : ventes, TVA, commission du marché et versement.",
          ],
          links: [{ label: "Versements", href: "/producteur/versements" }],
        },
        {
          title: "Écrire à un marché",
          steps: [
            "Dans « Messages », lisez ce que les marchés vous écrivent et répondez-leur : la réponse arrive chez leurs administrateurs.",
            "Pour vous présenter à un marché, collez le lien qu’il partage (…/m/nom-du-marche) dans « Écrire à un marché » et joignez le raccourci de votre catalogue : ses administrateurs le relient en un clic.",
          ],
          links: [{ label: "Messages", href: "/producteur/messages" }],
        },
      ],
    },
    client: {
      title: "Commander dans un marché",
      summary: "Trouver son marché, commander, payer et retirer son panier.",
      sections: [
        {
          title: "Trouver son marché",
          steps: [
            "Suivez le lien que votre marché vous a donné, ou cherchez-le par sa ville depuis l’accueil.",
            "Créez votre compte : nom, e-mail et mot de passe ; certains marchés demandent aussi un téléphone.",
          ],
          links: [
            { label: "Accueil", href: "/" },
            { label: "S’inscrire", href: "/inscription" },
          ],
        },
        {
          title: "Commander",
          steps: [
            "Sur la page du marché, choisissez une distribution ouverte : sa boutique liste les produits par catégorie.",
            "Indiquez les quantités (en vrac, « 0,5 » pour un demi-kilo) ; le total du panier se met à jour.",
            "Validez et payez selon ce que le marché accepte : sur place, par virement ou par carte.",
            "Tant que la vente est ouverte, vous pouvez modifier votre commande.",
          ],
          links: [],
        },
        {
          title: "Retirer son panier",
          steps: [
            "Venez au lieu et à l’heure de la distribution, avec votre numéro de panier.",
            "Vos commandes, vos soldes et vos coordonnées sont dans « Mon compte ».",
          ],
          links: [{ label: "Mon compte", href: "/compte" }],
        },
        {
          title: "Les messages de votre marché",
          steps: [
            "Les messages de vos marchés arrivent par e-mail et dans « Mon compte », où les nouveaux sont signalés.",
            "Répondez à un message depuis « Mon compte » : votre réponse va aux administrateurs du marché, et leur réponse vous revient au même endroit.",
          ],
          links: [{ label: "Messages de vos marchés", href: "/compte/messages" }],
        },
      ],
    },
    "jour-de-distribution": {
      title: "Tenir une distribution",
      summary: "Pour les administrateurs et les référents : remettre les paniers, encaisser et valider.",
      sections: [
        {
          title: "Ouvrir l’écran du jour",
          steps: [
            "Sur votre téléphone, ouvrez la liste de vos distributions et choisissez celle du jour.",
            "Les paniers se classent par numéro, par nom ou par créneau, et se cherchent par nom ou numéro.",
          ],
          links: [{ label: "Mes distributions", href: "/jour" }],
        },
        {
          title: "Remettre les paniers",
          steps: [
            "Ouvrez un panier : corrigez la quantité livrée d’un produit pesé ou manquant, le montant dû se recalcule.",
            "Encaissez ce qui reste dû sur place, puis marquez le panier « retiré ».",
            "En fin de distribution, les paniers encore en attente s’affichent avec le téléphone de chacun.",
          ],
          links: [],
        },
        {
          title: "Clore la journée",
          steps: ["Vérifiez les totaux de la caisse, puis validez la distribution : les producteurs seront payés."],
          links: [],
        },
      ],
    },
  } satisfies Record<string, HelpGuide>,
};
