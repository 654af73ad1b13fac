import type { help as fr } from "../fr/help";

export const help: typeof fr = {
  nav: "Help",
  title: "Help",
  intro: "Short guides for each space of Cabas: pick yours.",
  backToIndex: "All guides",
  support: "Need help? Write to",
  supportPage: "Need help? See",
  supportPageLink: "the support page",
  guides: {
    admin: {
      title: "Running a market",
      summary: "Create your market, its places, catalogs and distributions, then follow the orders.",
      sections: [
        {
          title: "Create the market",
          steps: [
            "Open the admin space and create your market: a name and a town are enough to start.",
            "In « Settings », fill in the welcome text, the logo, the payment methods you accept and the market's contact.",
            "Add at least one place of distribution in « Places »: its address is shown on every distribution.",
          ],
          links: [{ label: "Admin space", href: "/admin" }],
        },
        {
          title: "Bring the producers in",
          steps: [
            "In « Catalogs », link a producer's catalog with the number or link they gave you, or find them in the directory.",
            "A producer who is not on Cabas yet creates an account from the producer space, then shares their catalog with you.",
          ],
          links: [],
        },
        {
          title: "Open a sale",
          steps: [
            "In « Distributions », create a distribution (or a cycle): date, place, when orders open and close, and if you like a name and a note to members (« bring your own containers »).",
            "In « Catalogues participants », invite the catalogs one by one or all at once: each producer accepts the sale from their own space. Members are told the sale is open only once a catalog has accepted.",
            "Share the market's link, copied or shown as a QR code on the printable poster.",
          ],
          links: [],
        },
        {
          title: "Once orders close",
          steps: [
            "Orders can be read by basket, by product or by producer, and exported as CSV.",
            "On the day, the referent opens the distribution day screen on their phone.",
            "After validation, « Payouts » says what Cabas pays each producer and what the market owes them.",
          ],
          links: [{ label: "Distribution day guide", href: "/aide/jour-de-distribution" }],
        },
        {
          title: "Writing to members and producers",
          steps: [
            "In « Messages », write to all members, to those who ordered (or not) for the next distribution, to the producers or to the admins: Cabas asks you to confirm who the message goes to before sending it.",
            "Replies from members and producers, and what producers write to you, arrive in « Received messages »; the menu counts the conversations you have not read, and every admin also gets them by e-mail.",
            "When a producer sends you its catalog’s shortcut, link it to your market from the message.",
          ],
          links: [{ label: "Admin space", href: "/admin" }],
        },
      ],
    },
    producteur: {
      title: "Selling as a producer",
      summary: "Create your producer account, catalog and products, accept sales and prepare the orders.",
      sections: [
        {
          title: "Your account and catalog",
          steps: [
            "Create your producer account from the producer space, then a catalog.",
            "Add your products: price, unit, photo, bulk by weight or volume, stock if it is limited. A spreadsheet can be imported as CSV too.",
            "Give your catalog's number or link to the market that welcomes you.",
          ],
          links: [{ label: "Producer space", href: "/producteur" }],
        },
        {
          title: "Sales",
          steps: [
            "When a market invites you to a distribution, accept it in « Sales » and choose the products on offer.",
            "When orders close, you get the summary by e-mail; it can also be read by product and by basket, printed or as CSV.",
          ],
          links: [{ label: "Sales", href: "/producteur/ventes" }],
        },
        {
          title: "Getting paid",
          steps: [
            "In « Payouts », connect a Stripe account to receive card payments, or give your bank details for transfers.",
            "Each validated distribution has its statement: sales, VAT, the market's fee and the payout.",
          ],
          links: [{ label: "Payouts", href: "/producteur/versements" }],
        },
        {
          title: "Writing to a market",
          steps: [
            "In « Messages », read what markets write to you and answer them: your answer reaches their admins.",
            "To introduce yourself to a market, paste the link it shares (…/m/market-name) in « Write to a market » and attach your catalog’s shortcut: its admins link it in one click.",
          ],
          links: [{ label: "Messages", href: "/producteur/messages" }],
        },
      ],
    },
    client: {
      title: "Ordering from a market",
      summary: "Find your market, order, pay and pick up your basket.",
      sections: [
        {
          title: "Find your market",
          steps: [
            "Follow the link your market gave you, or search for it by town from the home page.",
            "Create your account: name, e-mail and password; some markets ask for a phone number too.",
          ],
          links: [
            { label: "Home", href: "/" },
            { label: "Sign up", href: "/inscription" },
          ],
        },
        {
          title: "Order",
          steps: [
            "On the market's page, choose an open distribution: its shop lists the products by category.",
            "Enter the quantities (bulk: « 0.5 » for half a kilo); the basket's total updates.",
            "Confirm and pay as the market accepts: on the spot, by transfer or by card.",
            "While the sale is open, you can change your order.",
          ],
          links: [],
        },
        {
          title: "Pick up your basket",
          steps: [
            "Come to the distribution's place at its time, with your basket number.",
            "Your orders, balances and details are in « My account ».",
          ],
          links: [{ label: "My account", href: "/compte" }],
        },
        {
          title: "Your market's messages",
          steps: [
            "Your markets’ messages arrive by e-mail and in « My account », where new ones are flagged.",
            "Answer a message from « My account »: your answer goes to the market’s admins, and their reply comes back to the same place.",
          ],
          links: [{ label: "Messages from your markets", href: "/compte/messages" }],
        },
      ],
    },
    "jour-de-distribution": {
      title: "Running a distribution",
      summary: "For admins and referents: hand out the baskets, take payments and validate.",
      sections: [
        {
          title: "Open the day screen",
          steps: [
            "On your phone, open the list of your distributions and choose today's.",
            "Baskets are sorted by number, name or pick-up slot, and searched by name or number.",
          ],
          links: [{ label: "My distributions", href: "/jour" }],
        },
        {
          title: "Hand out the baskets",
          steps: [
            "Open a basket: correct the delivered quantity of a weighed or missing item, and what is due is worked out again.",
            "Take what is still due on the spot, then mark the basket « picked up ».",
            "Near the end, the baskets still waiting are listed with each person's phone.",
          ],
          links: [],
        },
        {
          title: "Close the day",
          steps: ["Check the till's totals, then validate the distribution: the producers will be paid."],
          links: [],
        },
      ],
    },
  },
};
