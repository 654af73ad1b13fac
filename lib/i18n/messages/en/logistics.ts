import type { logistics as fr } from "../fr/logistics";

export const logistics: typeof fr = {
  errors: {
    SLOT_CAPACITY_INVALID: "Enter a capacity between 1 and 500 people.",
    SLOT_CAPACITY_BELOW_BOOKINGS: "People have already booked this slot: the capacity cannot go below that number.",
    SLOT_HOURS_TOO_SHORT: "The distribution must last at least 15 minutes to offer slots.",
    SLOTS_NOT_ENABLED: "This distribution does not offer pick-up slots.",
    SLOT_IN_PAST: "This distribution is over.",
    SLOT_FULL: "This slot is full. Choose another one.",
    DELIVERY_HELP_DISABLED: "This market does not offer delivery help.",
    DELIVERY_HELP_CLOSED: "This distribution is over.",
    DELIVERY_STATUS_ALREADY_CHOSEN: "You already chose a status for this order. Withdraw it before choosing another.",
    DELIVERY_ALREADY_MATCHED: "A volunteer has already offered to make this delivery.",
    DUTY_SIGNUP_NOT_OPEN: "Sign-up for this duty opens 60 days before the distribution.",
    DUTY_ALREADY_SIGNED_UP: "You already hold a duty at this distribution.",
    DUTY_TAKEN: "Someone already signed up for this role.",
    phoneRequired: "Enter a phone number.",
    addressRequired: "Enter your address.",
    consentRequired: "Tick the box to agree to share your contact details.",
    reasonRequired: "Give the reason in a few words.",
  },
  deliveryEmail: {
    subject: (market: string) => `${market}: delivery help`,
    headingVolunteer: "Thank you for delivering this order!",
    headingPerson: "Someone will deliver your order",
    basket: (n: number) => `Basket no. ${n}.`,
    contact: (who: string) => `Contact: ${who}`,
    agree: "Agree on the day and time of delivery, the money (between yourselves) and the containers.",
  },
  dutyEmail: {
    instructionsSubject: (market: string, role: string) => `${market}: your duty “${role}”`,
    instructionsHeading: (role: string) => `Your duty: ${role}`,
    thanks: "Thank you for helping! Tell the team if you can no longer come.",
    vacantSubject: (market: string, role: string) => `${market}: nobody for “${role}”`,
    vacantHeading: (role: string) => `Role to fill: ${role}`,
    vacantBody: "Nobody has signed up for this role yet. Remind the members from the messages page.",
  },
};
