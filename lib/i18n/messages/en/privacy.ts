import type { privacy as fr } from "../fr/privacy";

export const privacy: typeof fr = {
  errors: {
    privacyRequired: "Accept the privacy notice to create your account.",
    PASSWORD_WRONG: "Wrong password.",
    ACCOUNT_LAST_ADMIN: "You are the last admin of a market: appoint another admin before deleting your account.",
    ACCOUNT_HAS_ACTIVE_BASKET:
      "One of your baskets is already paid or waiting to be picked up: delete your account after the distribution, or ask the market to cancel it.",
    ACCOUNT_HAS_BALANCE:
      "Your balance is not zero in a market: settle it with the market before deleting your account.",
  },
  consent: "I accept Cabas's privacy notice",
  consentLink: "Read the privacy notice",
  title: "Privacy notice",
  updated: "What Cabas does with your personal data, and your rights.",
  sections: [
    {
      heading: "What we keep",
      text: "Your name, e-mail and password (hashed, never readable); if you give them, your phone number and address; your orders, payments and balances in each market; your e-mail preferences.",
    },
    {
      heading: "Why",
      text: "So that you can order and pick up your baskets, producers can prepare your orders, markets can keep their accounts, and to write to you about sales (those e-mails can be turned off in “My account” or with the unsubscribe link in each e-mail).",
    },
    {
      heading: "Who sees them",
      text: "The admins of a market you are a member of see your name, e-mail, phone number and orders in that market. Producers see the name and basket number on their orders. Your address is shared, for delivery help, only with the person you accepted and the market's admins, until the day after the distribution. Nothing is sold or given to anyone.",
    },
    {
      heading: "How long",
      text: "As long as your account exists. If you delete it, your personal data is erased; the history of orders and payments stays, anonymised, for ten years, as French law requires of traders (Code de commerce, art. L123-22).",
    },
    {
      heading: "Your rights",
      text: "In “My account” you edit your details, download all your data (a JSON file) and delete your account. For any question, write to the market you are a member of; you may also contact the CNIL.",
    },
  ],
  account: {
    title: "My data",
    intro: "Download everything Cabas keeps about you, or delete your account.",
    download: "Download my data (JSON)",
    deleteTitle: "Delete my account",
    deleteIntro:
      "Your personal data will be erased and you will be signed out. Your unpaid baskets in open sales will be cancelled. The history of your orders and payments stays, anonymised, as the law requires.",
    password: "Your password, to confirm",
    delete: "Delete my account for good",
    deleted: "Your account has been deleted.",
  },
};
