export const auth = {
  signIn: {
    title: "Connexion",
    submit: "Se connecter",
    noAccount: "Pas encore de compte ?",
    forgot: "Mot de passe oublié ?",
  },
  signUp: {
    title: "Créer un compte",
    submit: "Inscription",
    haveAccount: "Déjà un compte ?",
    intro: "Un compte suffit pour commander dans tous les marchés Cabas.",
    checkInbox: (email: string) =>
      `Vérifiez votre boîte mail : nous avons envoyé un lien à ${email} pour confirmer votre adresse.`,
  },
  confirmEmail: {
    title: "Confirmer mon adresse e-mail",
    intro: (email: string) => `Confirmez l’adresse ${email} pour ouvrir votre compte Cabas.`,
    submit: "Confirmer mon adresse",
    invalid: "Ce lien n’est plus valable. Connectez-vous : nous vous enverrons un nouveau lien.",
  },
  forgot: {
    title: "Mot de passe oublié",
    intro: "Indiquez votre e-mail : nous vous envoyons un lien pour choisir un nouveau mot de passe.",
    submit: "Envoyer le lien",
    sent: "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé. Le lien est valable 1 heure.",
  },
  changePassword: {
    title: "Mot de passe",
    intro: "Changer de mot de passe déconnecte vos autres appareils.",
    current: "Mot de passe actuel",
    next: "Nouveau mot de passe",
    submit: "Changer le mot de passe",
    done: "Mot de passe changé : vos autres appareils sont déconnectés.",
  },
  changeEmail: {
    title: "Adresse e-mail",
    current: (email: string) => `Vous vous connectez avec ${email}.`,
    intro:
      "Pour en changer, indiquez la nouvelle adresse et votre mot de passe : nous y envoyons un lien, et votre adresse ne change qu’une fois ce lien ouvert, connecté à ce compte. Votre mot de passe reste le même.",
    newEmail: "Nouvelle adresse e-mail",
    password: "Mot de passe actuel",
    submit: "Changer d’adresse",
    sent: (email: string) =>
      `Nous avons envoyé un lien à ${email}. Ouvrez-le dans les 24 heures, connecté à ce compte, pour confirmer cette adresse.`,
    pending: (email: string) =>
      `En attente : un lien a été envoyé à ${email}. Votre adresse ne change qu’une fois ce lien ouvert ; une nouvelle demande le remplace.`,
    done: (email: string) =>
      `C’est fait : votre adresse e-mail est maintenant ${email}. Connectez-vous désormais avec elle.`,
  },
  confirmEmailChange: {
    title: "Confirmer ma nouvelle adresse",
    intro: (from: string, to: string) =>
      `Utiliser ${to} à la place de ${from} pour votre compte Cabas ? Vous vous connecterez désormais avec ${to} ; votre mot de passe ne change pas.`,
    submit: "Confirmer ma nouvelle adresse",
    used: "Ce lien a déjà servi : l’adresse a été changée.",
    expired: "Ce lien a expiré (il est valable 24 heures). Refaites la demande depuis « Mon compte ».",
    invalid:
      "Ce lien n’est plus valable : une demande plus récente l’a peut-être remplacé. Utilisez le dernier lien reçu, ou refaites la demande depuis « Mon compte ».",
    otherAccount:
      "Ce lien a été demandé depuis un autre compte Cabas. Déconnectez-vous, puis ouvrez-le de nouveau connecté au compte qui a fait la demande.",
    back: "Retour à mon compte",
  },
  revertEmailChange: {
    title: "Récupérer mon compte",
    intro: (email: string) =>
      `Remettre ${email} comme adresse de votre compte Cabas. Choisissez un nouveau mot de passe : tous les appareils connectés à votre compte seront déconnectés.`,
    submit: "Récupérer mon compte",
    done: (email: string) =>
      `C’est fait : votre adresse est de nouveau ${email}, votre mot de passe a changé et tous les appareils ont été déconnectés. Vous pouvez vous connecter.`,
    invalid:
      "Ce lien n’est plus valable : il sert une fois, pendant 7 jours. Si vous ne pouvez plus vous connecter, utilisez « Mot de passe oublié ».",
  },
  reset: {
    title: "Nouveau mot de passe",
    submit: "Enregistrer le mot de passe",
    done: "Votre mot de passe a été changé. Vous pouvez vous connecter.",
  },
  fields: {
    email: "E-mail",
    password: "Mot de passe",
    passwordHint: "10 caractères au moins.",
    firstName: "Prénom",
    lastName: "Nom",
    phone: "Téléphone",
  },
  errors: {
    RESET_TOKEN_INVALID: "Ce lien n’est plus valable. Demandez-en un nouveau.",
    emailInvalid: "Cette adresse e-mail n’est pas valide.",
    passwordWeak: "Le mot de passe doit faire au moins 10 caractères.",
    passwordTooLong: "Le mot de passe est trop long (200 caractères au plus).",
    tooLong: "Ce texte est trop long.",
    phoneInvalid: "Ce numéro de téléphone n’est pas valide.",
    required: "Ce champ est obligatoire.",
    choiceInvalid: "Choisissez l’une des valeurs proposées.",
    linkInvalid: "Ce lien n’est pas valable.",
    invalidCredentials: "E-mail ou mot de passe incorrect.",
    resetTokenInvalid: "Ce lien n’est plus valable. Demandez-en un nouveau.",
    emailNotVerified: "Confirmez d’abord votre adresse e-mail : nous venons de vous renvoyer le lien.",
    EMAIL_NOT_VERIFIED: "Confirmez d’abord votre adresse e-mail : nous vous avons envoyé un lien à l’inscription.",
    EMAIL_UNCHANGED: "C’est déjà votre adresse.",
    EMAIL_TAKEN: "Cette adresse est déjà celle d’un autre compte Cabas : votre adresse n’a pas changé.",
    EMAIL_CHANGE_LINK_INVALID: "Ce lien n’est plus valable. Refaites la demande depuis « Mon compte ».",
    EMAIL_REVERT_LINK_INVALID: "Ce lien n’est plus valable : il sert une fois, pendant 7 jours.",
    EMAIL_REVERT_TAKEN:
      "Cette adresse est maintenant celle d’un autre compte Cabas : rien n’a changé. Utilisez « Mot de passe oublié » avec elle.",
  },
  resetEmail: {
    subject: "Choisissez un nouveau mot de passe",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Vous avez demandé à changer votre mot de passe Cabas. Ce lien est valable 1 heure :",
    action: "Choisir un nouveau mot de passe",
    ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.",
  },
  verifyEmail: {
    subject: "Confirmez votre adresse e-mail",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Bienvenue sur Cabas ! Confirmez votre adresse e-mail pour ouvrir votre compte. Ce lien est valable 24 heures :",
    action: "Confirmer mon adresse",
    ignore: "Si vous n’avez pas créé de compte Cabas, ignorez cet e-mail : aucun compte ne sera ouvert.",
  },
  signUpAttemptEmail: {
    subject: "Votre adresse a déjà un compte Cabas",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Quelqu’un a voulu créer un compte Cabas avec votre adresse e-mail, qui en a déjà un. Aucun compte n’a été créé et le vôtre n’a pas changé.",
    signIn: "Me connecter",
    reset: "J’ai oublié mon mot de passe",
    ignore: "Si c’était vous, connectez-vous simplement ; sinon, ignorez cet e-mail.",
  },
  emailChangeEmail: {
    subject: "Confirmez votre nouvelle adresse e-mail",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Vous avez demandé à utiliser cette adresse pour votre compte Cabas. Ouvrez ce lien, connecté à votre compte, pour la confirmer ; il est valable 24 heures :",
    action: "Confirmer ma nouvelle adresse",
    ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne changera.",
  },
  emailChangedEmail: {
    subject: "L’adresse e-mail de votre compte Cabas a changé",
    greeting: (name: string) => `Bonjour ${name},`,
    body: (email: string) =>
      `L’adresse e-mail de votre compte Cabas est maintenant ${email} : Cabas ne vous écrira plus ici. Si ce n’était pas vous, ce lien, valable 7 jours, remet cette adresse-ci sur votre compte, déconnecte tous les appareils et vous fait choisir un nouveau mot de passe :`,
    action: "Ce n’était pas moi : récupérer mon compte",
    ignore: "Si c’était vous, il n’y a rien à faire.",
  },
  emailChangeAttemptEmail: {
    subject: "Votre adresse a déjà un compte Cabas",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Quelqu’un a demandé à utiliser votre adresse e-mail pour un autre compte Cabas. Une adresse ne sert qu’à un compte : rien n’a changé, et le vôtre garde cette adresse.",
    signIn: "Me connecter",
    reset: "J’ai oublié mon mot de passe",
    ignore: "Si c’était vous, choisissez une autre adresse pour votre autre compte ; sinon, ignorez cet e-mail.",
  },
};
