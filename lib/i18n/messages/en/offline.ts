import type { offline as fr } from "../fr/offline";

export const offline: typeof fr = {
  status: {
    offline: "Offline",
    pending: (n: number) => `${n} change${n > 1 ? "s" : ""} waiting`,
    syncing: "Sending changes…",
    synced: "Synced",
    signedOut: "Session expired: sign in again to send the changes.",
    savedAt: (time: string) => `Copy from ${time}`,
  },
  problems: {
    title: "To redo",
    conflict: (basket: number, product: string, mine: string, current: string) =>
      `Basket no. ${basket}, ${product}: you entered ${mine}, but the quantity was changed meanwhile to ${current}. Enter it again if needed.`,
    refused: (basket: number, what: string, reason: string) => `Basket no. ${basket}, ${what}: ${reason}`,
    dismiss: "Got it",
  },
  operations: {
    adjust: "quantity",
    payment: "payment",
    validate: "validation",
    collect: "pick-up",
  },
  signOut: {
    pending: (n: number) => `${n} change${n > 1 ? "s" : ""} not sent yet: get back on the network before signing out.`,
  },
  errors: {
    OPERATION_UNSUPPORTED: "This operation is not supported yet.",
    OPERATION_ID_TAKEN: "This operation was already sent for another distribution.",
    OPERATION_INVALID: "This operation cannot be read.",
  },
};
