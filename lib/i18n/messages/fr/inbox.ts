// Strings of the markets' inbox (issue #18): the admins' « Messages reçus », the members' messages in « Mon
// compte », the producers writing to a market. `errors` maps the DomainError codes of its use cases.
export const inbox = {
  errors: {
    MARKET_UNKNOWN: "Aucun marché à cette adresse : collez le lien que le marché partage (…/m/nom-du-marche).",
    THREAD_PARTY_GONE: "Cette personne n’a plus de compte : votre réponse ne peut plus lui parvenir.",
  },
  admin: {
    nav: "Messages reçus",
    title: "Messages reçus",
    intro:
      "Les réponses des membres et des producteurs à vos messages, et ce que les producteurs vous écrivent. Chaque administrateur du marché les reçoit aussi par e-mail.",
    none: "Aucun message reçu pour l’instant : les réponses à vos messages arriveront ici.",
    unread: (n: number) => `${n} non lu${n > 1 ? "s" : ""}`,
    producer: "Producteur",
    member: "Membre",
    back: "Tous les messages reçus",
    inReplyTo: (subject: string) => `En réponse à « ${subject} »`,
    fromMarket: "Le marché",
    newBadge: "nouveau",
    answerField: "Votre réponse",
    answer: "Répondre",
    answered: "Réponse envoyée.",
    catalogCard: (name: string, producer: string, number: number) =>
      `Catalogue « ${name} » de ${producer} (n° ${number})`,
    linkCatalog: "Lier ce catalogue",
    linked: (name: string) => `Catalogue « ${name} » relié à votre marché.`,
    alreadyLinked: "Ce catalogue est relié à votre marché.",
    archived: "Ce catalogue n’est plus proposé par le producteur.",
  },
  member: {
    title: "Messages de vos marchés",
    none: "Aucun message pour l’instant.",
    accountLink: "Lire les messages de vos marchés",
    from: (name: string, market: string) => `De ${name} — ${market}`,
    unread: "nouveau",
    reply: "Répondre",
    replyField: "Votre réponse",
    replied: "Réponse envoyée aux responsables du marché.",
  },
  producer: {
    title: "Écrire à un marché",
    intro:
      "Le message arrive dans la boîte de réception du marché. Joignez le raccourci d’un catalogue : ses responsables le relient d’un clic.",
    as: "Au nom de",
    market: "Lien du marché",
    marketHint: "Le lien que le marché partage, par exemple https://cabas.fr/m/nom-du-marche.",
    subject: "Objet",
    body: "Message",
    catalog: "Raccourci de catalogue à joindre",
    noCatalog: "Aucun",
    send: "Envoyer",
    sent: (market: string) => `Message envoyé à « ${market} ».`,
  },
  email: {
    answer: "Lire et répondre dans Cabas",
  },
};
