import type { common as fr } from "../fr/common";

export const common: typeof fr = {
  appName: "Cabas",
  tagline: "Your farmers, direct, no middleman",
  metaDescription:
    "Cabas: order online from the farmers of your local market, pick up your basket at the distribution.",
  nav: {
    home: "Home",
    myMarkets: "My markets",
    account: "My account",
    signIn: "Sign in",
    signUp: "Sign up",
    signOut: "Sign out",
    admin: "Admin",
    producer: "Producer space",
    operator: "Payouts to transfer",
    language: "Language",
    skipToContent: "Skip to content",
  },
  languages: { fr: "Français", en: "English" },
  // Where a saved address stands with the national address service (lib/domain/geocoding).
  location: {
    located: "Address located.",
    "not-found":
      "The national address service does not know this address: check the number, street, postcode and town, then save again.",
    pending:
      "Address saved but not located yet: the national address service does not answer. It will be tried again automatically within the hour.",
  },
  notFound: {
    title: "Page not found",
    text: "This page does not exist or no longer does. Check the link you were given.",
    back: "Back to home",
    spaces: {
      shop: {
        text: "This page does not exist or no longer does: the link may be old, or the sale is over. Find your market by its town.",
        action: "Find a market",
        href: "/",
      },
      admin: {
        text: "This page does not exist, or you do not run this market. You can create your own.",
        action: "Create a market",
        href: "/admin",
      },
      producer: {
        text: "This page does not exist, or it belongs to another producer. You can open your own producer space.",
        action: "Create my producer account",
        href: "/producteur?nouveau=1",
      },
    },
  },
  error: {
    title: "Something went wrong",
    text: "Try again in a moment. If it keeps happening, tell your market's team, giving them the reference below.",
    reference: "Error reference:",
    retry: "Try again",
    home: "Back to home",
  },
  devMailbox: {
    title: "Outbox (development)",
    intro: "Without SMTP_URL, e-mails stay here instead of being sent.",
    empty: "No e-mail yet.",
  },
  errors: {
    RATE_LIMITED: "Too many attempts: try again in {minutes} min.",
    NOT_FOUND: "Not found: this no longer exists.",
    IMAGE_TOO_LARGE: "This image is too large (5 MB at most).",
    IMAGE_INVALID: "This file is not an image (JPEG, PNG, WebP…).",
    FORBIDDEN: "You are not allowed to do this.",
    UNEXPECTED: "Something unexpected went wrong. Try again.",
    CSV_TOO_LARGE: "This file is too large (6 MB at most).",
    CSV_QUOTE_NOT_CLOSED: "A quote opened on this line is never closed: nothing was read from here on.",
    CSV_LINE_UNREADABLE:
      'Unreadable line: put the whole cell in quotes and double the quotes of the text (""). Nothing was read from here on.',
  },
  entryPoints: {
    producer: "Are you a producer? Open your producer space",
    market: "Want to start a market? Create it",
  },
  save: "Save",
  cancel: "Cancel",
  close: "Close",
  notifications: "Notifications",
  loading: "Loading…",
  // The search, filter and sort of the admin lists (components/ui/list-filters.tsx).
  list: {
    search: "Search",
    filter: "Show",
    all: "All",
    sort: "Sort by",
    order: "Order",
    ascending: "ascending",
    descending: "descending",
    apply: "Apply",
    reset: "Show all",
    shown: (n: number, total: number) => (n === total ? `${total}` : `${n} of ${total}`),
    noMatch: "No row matches: change the search or the filter.",
  },
};
