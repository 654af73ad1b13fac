export const common = {
  appName: "Cabas",
  tagline: "Vos producteurs, en direct, sans intermédiaire",
  // The meta description of the pages that have none of their own.
  metaDescription:
    "Cabas : commandez en ligne auprès des producteurs de votre marché local, retirez votre panier à la distribution.",
  nav: {
    home: "Accueil",
    myMarkets: "Mes marchés",
    account: "Mon compte",
    signIn: "Connexion",
    signUp: "S’inscrire",
    signOut: "Déconnexion",
    admin: "Administration",
    producer: "Espace producteur",
    operator: "Versements à virer",
    language: "Langue",
    skipToContent: "Aller au contenu",
  },
  languages: { fr: "Français", en: "English" },
  // Where a saved address stands with the national address service (lib/domain/geocoding).
  location: {
    located: "Adresse localisée.",
    "not-found":
      "Adresse introuvable par le service national des adresses : vérifiez le numéro, la rue, le code postal et la commune, puis enregistrez à nouveau.",
    pending:
      "Adresse enregistrée mais pas encore localisée : le service national des adresses ne répond pas. Nouvel essai automatique dans l’heure.",
  },
  notFound: {
    title: "Page introuvable",
    text: "Cette page n’existe pas ou plus. Vérifiez le lien qu’on vous a partagé.",
    back: "Retour à l’accueil",
    spaces: {
      shop: {
        text: "Cette page n’existe pas ou plus : le lien est peut-être ancien, ou la vente est passée. Retrouvez votre marché par sa ville.",
        action: "Trouver un marché",
        href: "/",
      },
      admin: {
        text: "Cette page n’existe pas, ou vous n’administrez pas ce marché. Vous pouvez créer le vôtre.",
        action: "Créer un marché",
        href: "/admin",
      },
      producer: {
        text: "Cette page n’existe pas, ou elle appartient à un autre producteur. Vous pouvez ouvrir votre propre espace producteur.",
        action: "Créer mon compte producteur",
        href: "/producteur?nouveau=1",
      },
    },
  },
  error: {
    title: "Une erreur est survenue",
    text: "Réessayez dans un instant. Si cela continue, prévenez l’équipe de votre marché en lui donnant la référence ci-dessous.",
    reference: "Référence de l’erreur :",
    retry: "Réessayer",
    home: "Retour à l’accueil",
  },
  devMailbox: {
    title: "Boîte d’envoi (développement)",
    intro: "Sans SMTP_URL, les e-mails restent ici au lieu d’être envoyés.",
    empty: "Aucun e-mail pour l’instant.",
  },
  errors: {
    RATE_LIMITED: "Trop de tentatives : réessayez dans {minutes} min.",
    NOT_FOUND: "Introuvable : cet élément n’existe pas ou plus.",
    IMAGE_TOO_LARGE: "Cette image est trop lourde (5 Mo au plus).",
    IMAGE_INVALID: "Ce fichier n’est pas une image (JPEG, PNG, WebP…).",
    FORBIDDEN: "Vous n’avez pas le droit de faire cela.",
    UNEXPECTED: "Une erreur inattendue est survenue. Réessayez.",
    CSV_TOO_LARGE: "Ce fichier est trop gros (6 Mo au plus).",
    CSV_QUOTE_NOT_CLOSED: "Un guillemet ouvert sur cette ligne n’est jamais fermé : rien n’a été lu à partir d’ici.",
    CSV_LINE_UNREADABLE:
      'Ligne illisible : mettez toute la cellule entre guillemets et doublez les guillemets du texte (""). Rien n’a été lu à partir d’ici.',
  } as Record<string, string>,
  entryPoints: {
    producer: "Vous êtes producteur ? Ouvrez votre espace producteur",
    market: "Vous voulez lancer un marché ? Créez-le",
  },
  save: "Enregistrer",
  cancel: "Annuler",
  close: "Fermer",
  notifications: "Notifications",
  loading: "Chargement…",
  // The search, filter and sort of the admin lists (components/ui/list-filters.tsx).
  list: {
    search: "Rechercher",
    filter: "Afficher",
    all: "Tous",
    sort: "Trier par",
    order: "Ordre",
    ascending: "croissant",
    descending: "décroissant",
    apply: "Appliquer",
    reset: "Tout afficher",
    shown: (n: number, total: number) => (n === total ? `${total}` : `${n} sur ${total}`),
    noMatch: "Aucune ligne ne correspond : changez la recherche ou le filtre.",
  },
};
