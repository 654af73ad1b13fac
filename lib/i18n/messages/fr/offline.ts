// The day screen without network (lib/offline, components/offline): read in the browser, through
// lib/i18n/offline-messages.ts, so that the rest of the strings stay on the server.
export const offline = {
  status: {
    offline: "Hors ligne",
    pending: (n: number) => `${n} modification${n > 1 ? "s" : ""} en attente`,
    syncing: "Envoi des modifications…",
    synced: "Synchronisé",
    signedOut: "Session expirée : reconnectez-vous pour envoyer les modifications.",
    savedAt: (time: string) => `Copie du ${time}`,
  },
  problems: {
    title: "À reprendre",
    conflict: (basket: number, product: string, mine: string, current: string) =>
      `Panier n° ${basket}, ${product} : vous aviez saisi ${mine}, mais la quantité a été changée entre-temps en ${current}. Refaites la saisie si besoin.`,
    refused: (basket: number, what: string, reason: string) => `Panier n° ${basket}, ${what} : ${reason}`,
    dismiss: "Vu",
  },
  operations: {
    adjust: "quantité",
    payment: "paiement",
    validate: "validation",
    collect: "retrait",
  },
  signOut: {
    pending: (n: number) =>
      `${n} modification${n > 1 ? "s" : ""} pas encore envoyée${n > 1 ? "s" : ""} : retrouvez le réseau avant de vous déconnecter.`,
  },
  errors: {
    OPERATION_UNSUPPORTED: "Cette opération n’est pas encore prise en charge.",
    OPERATION_ID_TAKEN: "Cette opération a déjà été envoyée pour une autre distribution.",
    OPERATION_INVALID: "Cette opération est illisible.",
  },
};
