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
  },
  forgot: {
    title: "Mot de passe oublié",
    intro: "Indiquez votre e-mail : nous vous envoyons un lien pour choisir un nouveau mot de passe.",
    submit: "Envoyer le lien",
    sent: "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé. Le lien est valable 1 heure.",
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
    emailInvalid: "Cette adresse e-mail n’est pas valide.",
    emailTaken: "Un compte existe déjà avec cet e-mail. Connectez-vous ou choisissez « Mot de passe oublié ».",
    passwordWeak: "Le mot de passe doit faire au moins 10 caractères.",
    passwordTooLong: "Le mot de passe est trop long (200 caractères au plus).",
    required: "Ce champ est obligatoire.",
    invalidCredentials: "E-mail ou mot de passe incorrect.",
    resetTokenInvalid: "Ce lien n’est plus valable. Demandez-en un nouveau.",
  },
  resetEmail: {
    subject: "Choisissez un nouveau mot de passe",
    greeting: (name: string) => `Bonjour ${name},`,
    body: "Vous avez demandé à changer votre mot de passe Cabas. Ce lien est valable 1 heure :",
    action: "Choisir un nouveau mot de passe",
    ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.",
  },
};
