import type { money as fr } from "../fr/money";

export const money: typeof fr = {
  errors: {
    PAYMENT_METHOD_UNAVAILABLE: "This market does not offer this payment method.",
    ORDER_CLOSED: "Orders for this sale are closed.",
    NOTHING_TO_PAY: "There is nothing to pay for this order.",
    BASKET_ALREADY_VALIDATED: "This basket is already validated.",
  },
};
