import type { market as fr } from "../fr/market";

export const market: typeof fr = {
  find: {
    title: "Find my market",
    label: "Enter your market's town",
    placeholder: "e.g. Saint-Priest or 69800",
    submit: "Search",
    none: "No market found. Try the town's name or its postcode.",
    hint: "Or follow the link your market shared with you.",
  },
  upcoming: "Upcoming distributions",
  noUpcoming: "No distribution is planned yet. Come back soon!",
  places: "Pick-up places",
  producersList: (names: string) => `Producers taking part: ${names}`,
  noProducersYet: "Producers have not confirmed yet.",
  state: {
    NOT_YET_OPEN: "Not open yet",
    OPEN: "Open for orders",
    CLOSED: "Orders closed",
    DISTRIBUTED: "Distributed",
    VALIDATED: "Validated",
  },
  opensOn: (date: string) => `Orders open on ${date}`,
  orderUntil: (date: string) => `Order until ${date}`,
  closedSince: (date: string) => `Orders closed since ${date}`,
  pickup: (day: string, from: string, to: string) => `${day}, ${from} to ${to}`,
  order: "Order",
  shareLink: "Market link",
  dateFormat: "EEEE d MMMM yyyy",
  dateTimeFormat: "EEEE d MMMM 'at' HH:mm",
  timeFormat: "HH:mm",
};
