import type { inbox as fr } from "../fr/inbox";

export const inbox: typeof fr = {
  errors: {
    MARKET_UNKNOWN: "No market at this address: paste the link the market shares (…/m/market-name).",
    THREAD_PARTY_GONE: "This person no longer has an account: your answer cannot reach them.",
  },
  admin: {
    nav: "Received messages",
    title: "Received messages",
    intro:
      "Members' and producers' answers to your messages, and what producers write to you. Every admin of the market also gets them by e-mail.",
    none: "No messages received yet: answers to your messages will arrive here.",
    unread: (n: number) => `${n} unread`,
    producer: "Producer",
    member: "Member",
    back: "All received messages",
    inReplyTo: (subject: string) => `In reply to “${subject}”`,
    fromMarket: "The market",
    newBadge: "new",
    answerField: "Your answer",
    answer: "Answer",
    answered: "Answer sent.",
    catalogCard: (name: string, producer: string, number: number) => `Catalog “${name}” by ${producer} (no. ${number})`,
    linkCatalog: "Link this catalog",
    linked: (name: string) => `Catalog “${name}” linked to your market.`,
    alreadyLinked: "This catalog is linked to your market.",
    archived: "The producer no longer offers this catalog.",
  },
  member: {
    title: "Messages from your markets",
    none: "No messages yet.",
    accountLink: "Read the messages from your markets",
    from: (name: string, market: string) => `From ${name} — ${market}`,
    unread: "new",
    reply: "Reply",
    replyField: "Your reply",
    replied: "Reply sent to the market's organisers.",
  },
  producer: {
    title: "Write to a market",
    intro:
      "The message arrives in the market's inbox. Attach a catalog's shortcut: its organisers link it in one click.",
    as: "On behalf of",
    market: "Market link",
    marketHint: "The link the market shares, for instance https://cabas.fr/m/market-name.",
    subject: "Subject",
    body: "Message",
    catalog: "Catalog shortcut to attach",
    noCatalog: "None",
    send: "Send",
    sent: (market: string) => `Message sent to “${market}”.`,
  },
  email: {
    answer: "Read and answer in Cabas",
  },
};
