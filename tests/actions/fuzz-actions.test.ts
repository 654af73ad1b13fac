import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { messagesFor } from "@/lib/i18n/messages";
import type { Logger } from "@/lib/log";
import { captureLog } from "../support/capture-log";
import { image } from "../support/files";
import {
  anyText,
  checkbox,
  csvField,
  type Field,
  fileField,
  formData,
  idField,
  numberField,
  oneOf,
  textField,
  withOdd,
} from "../support/fuzz-input";
import { buildWorld, type Role, type World, WORLD_PASSWORD } from "../support/fuzz-world";
import { dfcFile } from "./authorization/interop";

// Every server action, called for real with arbitrary forms (tests/support/fuzz-input.ts), signed in as someone
// its rules let through, in a market where the ids it is given often exist (tests/support/fuzz-world.ts). What
// the person may see: a form state with a message in their language, or Next's redirect()/notFound(). A thrown
// error (a 500 page), the « unexpected error » message, or an error line in the log fails the property.
//
// Over 10,000 runs in all (11,690 with the 70 actions and 31 schemas of today): in this file, through the real
// actions, 50 for each action and 20 for each that hashes or checks a password (argon2 is slow on purpose), each
// action on a market of its own so that what one deletes does not starve the next; the rest over the actions'
// parsing alone (tests/unit/fuzz/schemas.test.ts), where runs are cheap.
const RUNS = 50;
const PASSWORD_RUNS = 20;

// The host the requests are addressed to (Auth.js builds its redirects from it).
const HOST = "cabas.test";
const request = vi.hoisted(() => ({
  userId: null as string | null,
  locale: "fr",
  headers: {} as Record<string, string>,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(request.headers),
}));
vi.mock("@/lib/auth/current-user", () => ({
  currentUserId: async () => request.userId,
  // The world's users have never changed their password: their sessions are at version 0.
  currentSession: async () => request.userId && { userId: request.userId, sessionVersion: 0 },
}));
// Outside a request Next has no cache store to drop entries from; what a successful action revalidates is not
// what this test is about.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  refresh: () => undefined,
  updateTag: () => undefined,
}));

// An action's arguments, and the page it is posted from (the Referer header) when it reads it.
type Call = { args: unknown[]; referer?: string };
type Spec = { as: Role; runs?: number; call: (w: World) => fc.Arbitrary<Call> };

// A form action's arguments: the previous state and the submitted form.
const form =
  (fields: (w: World) => Record<string, Field>, extra?: (w: World) => fc.Arbitrary<[string, string][]>) => (w: World) =>
    formData(fields(w), extra?.(w)).map((data): Call => ({ args: [{}, data] }));

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const day = withOdd(
  oneOf(inDays(-5), inDays(3), inDays(20), inDays(60), inDays(400)),
  "2026-02-31",
  "0000-01-01",
  "9999-12-31",
);
const time = withOdd(oneOf("08:00", "18:00", "19:30", "23:59"), "24:00", "7:5", "12:60");
const email = (w: World) => oneOf(...w.emails, "nouveau@example.test", "A@B.CO", "x@y");
const password = oneOf(WORLD_PASSWORD, "un-mot-de-passe-neuf");
const quantity = numberField("1", "0,5", "2.5", "1000", "1001");
const price = numberField("3,20", "14.85", "0", "10000", "10000,01");
const place = {
  placeName: oneOf("Halle"),
  address: oneOf("1 rue de la Gare"),
  zipCode: oneOf("33840", "75001"),
  city: oneOf("Captieux"),
};
const producerFields = {
  name: oneOf("Ferme du Bois"),
  description: textField,
  address: textField,
  zipCode: oneOf("69200"),
  city: textField,
  phone: oneOf("06 12 34 56 78"),
  email: oneOf("ferme@example.test", ""),
  website: oneOf("https://ferme.example"),
  publishPhone: checkbox,
  publishEmail: checkbox,
  publishAddress: checkbox,
};
const profile = { phone: oneOf("06 12 34 56 78", ""), address: textField, zipCode: oneOf("69200"), city: textField };
// A path some forms still send (no action uses it any more).
const backTo = oneOf("/", "/m/x", "https://evil.example/");

const anyOf = (field: Field) => fc.oneof(field.plausible, field.any).map((value) => String(value ?? ""));
// `line-<id>`: the delivered quantity of each line, one field per line.
const deliveredLines = (w: World) =>
  fc.array(
    fc.tuple(
      anyOf(idField(w.lines)).map((id) => `line-${id}`),
      anyOf(quantity),
    ),
    { maxLength: 3 },
  );
// « messages:<market> » checkboxes, one per market listed in `messageMarkets`.
const marketCheckboxes = (w: World) =>
  fc.array(
    fc.tuple(
      anyOf(idField([w.market])).map((id) => `messages:${id}`),
      anyOf(checkbox),
    ),
    { maxLength: 3 },
  );

let photo: File;

const SPECS: Record<string, Spec> = {
  // lib/actions/money.ts
  "money.recordPaymentAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      orderId: idField(w.orders),
      method: oneOf("CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER", "BALANCE"),
      amount: price,
      reference: textField,
    })),
  },
  "money.reversePaymentAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), paymentId: idField(w.payments) })),
  },
  "money.recordTopUpAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      userId: idField(w.userIds),
      method: oneOf("CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER"),
      amount: price,
      reference: textField,
    })),
  },
  "money.adjustBalanceAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      userId: idField(w.userIds),
      direction: oneOf("CREDIT", "DEBIT"),
      reason: oneOf("GOODWILL", "CORRECTION"),
      amount: price,
      note: textField,
    })),
  },
  // lib/actions/statements.ts
  "statements.recordProducerSettlementAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      producerId: idField([w.producer]),
      distributionId: idField([w.pastDistribution, ...w.distributions]),
      amount: price,
      method: oneOf("TRANSFER", "CHEQUE", "CASH"),
      paidOn: day,
      reference: textField,
    })),
  },
  "statements.reverseProducerSettlementAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), transactionId: idField(w.settlements) })),
  },
  // lib/actions/invoices.ts
  "invoices.cancelFeeInvoiceAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), invoiceId: idField(w.invoices) })),
  },
  "statements.recordManualPayoutAction": {
    as: "operator",
    call: form((w) => ({ payoutId: idField(w.manualPayouts), paidOn: day, reference: textField })),
  },
  // lib/actions/admin.ts
  "admin.createMarketAction": {
    as: "admin",
    call: form(() => ({ name: oneOf("Marché neuf"), ...place })),
  },
  "admin.updateMarketSettingsAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      name: oneOf("Marché des Minguettes"),
      shortDescription: textField,
      description: textField,
      basketMode: oneOf("BEFORE", "DURING"),
      requirePhone: checkbox,
      requireAddress: checkbox,
      deliveryHelpEnabled: checkbox,
      deliveryHelpMaxPerVolunteer: numberField("2"),
      payOnSite: checkbox,
      payTransfer: checkbox,
      payCard: checkbox,
      payBalance: checkbox,
      transferIban: oneOf("FR7630006000011234567890189"),
      feePercent: numberField("2,5", ""),
      timeZone: oneOf("Europe/Paris", "UTC", "America/Cayenne"),
      logo: fileField(photo),
      contactName: textField,
      contactEmail: oneOf("contact@example.test", "x@y", ""),
      contactPhone: oneOf("06 12 34 56 78", "appelez-moi", ""),
    })),
  },
  "places.savePlaceAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      placeId: idField([...w.places, ""]),
      ...place,
    })),
  },
  "places.archivePlaceAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), placeId: idField(w.places) })),
  },
  "places.restorePlaceAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), placeId: idField(w.places) })),
  },
  "admin.createDistributionAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField([...w.distributions, ""]),
      placeId: idField(w.places),
      day,
      pickupStart: time,
      pickupEnd: time,
      openDay: day,
      openTime: time,
      closeDay: day,
      closeTime: time,
      name: oneOf("Commande VRAC Quartier", ""),
      note: textField,
    })),
  },
  "admin.createCycleAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      placeId: idField(w.places),
      frequency: oneOf("WEEKLY", "BIWEEKLY", "TRIWEEKLY", "MONTHLY"),
      startDay: day,
      endDay: day,
      pickupStart: time,
      pickupEnd: time,
      openDaysBefore: numberField("7"),
      closeHoursBefore: numberField("24"),
      name: oneOf("Marché du jeudi", ""),
      note: textField,
    })),
  },
  "admin.deleteDistributionAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), distributionId: idField(w.distributions) })),
  },
  "admin.inviteCatalogsAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), distributionId: idField(w.distributions) })),
  },
  "admin.inviteCatalogAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField(w.distributions),
      catalogId: idField([w.catalog]),
    })),
  },
  "admin.cancelParticipationAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField(w.distributions),
      catalogId: idField([w.catalog]),
    })),
  },
  "admin.linkCatalogAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      catalog: oneOf(...w.catalogReferences, "/catalogues/1?cle=", "/catalogues/999999999"),
    })),
  },
  "admin.unlinkCatalogAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), catalogId: idField([w.catalog]), cancelLines: checkbox })),
  },
  "admin.adjustBasketAction": {
    as: "admin",
    call: form(
      (w) => ({ marketId: idField([w.market]), orderId: idField(w.orders), refundTo: oneOf("CARD", "BALANCE") }),
      deliveredLines,
    ),
  },
  "admin.validateBasketAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      orderId: idField(w.orders),
      onSiteMethod: oneOf("CASH", "CHEQUE", "CARD_TERMINAL"),
    })),
  },
  "distribution-day.setBasketCollectedAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      orderId: idField(w.orders),
      collected: oneOf("true", "false"),
    })),
  },
  "distribution-day.nameReferentAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField(w.distributions),
      userId: idField(w.userIds),
    })),
  },
  "distribution-day.removeReferentAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField(w.distributions),
      userId: idField(w.userIds),
    })),
  },
  "admin.validateDistributionAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), distributionId: idField(w.distributions) })),
  },
  "admin.inviteMemberAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), email: email(w) })),
  },
  "admin.setMemberRightsAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      userId: idField(w.userIds),
      isAdmin: checkbox,
      canManageCatalogs: checkbox,
      canManageMembers: checkbox,
      canManageMessages: checkbox,
    })),
  },
  "admin.removeMemberAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), userId: idField(w.userIds) })),
  },
  "admin.acceptInvitationAction": {
    as: "invitee",
    call: form((w) => ({ token: oneOf(w.tokens.invitation) })),
  },
  "admin.importMembersAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      csv: csvField(
        fc.tuple(
          fc.constantFrom("Camille", "Awa"),
          fc.constantFrom("Durand", "Sow"),
          fc.constantFrom(...w.emails, "nouveau@example.test"),
        ),
        fc.constantFrom("prénom", "nom", "e-mail", "Camille", "x@y"),
      ),
      intent: oneOf("preview", "import"),
    })),
  },

  // lib/actions/auth.ts
  "auth.signUpAction": {
    as: "visitor",
    runs: PASSWORD_RUNS,
    call: form((w) => ({
      firstName: oneOf("Camille"),
      lastName: oneOf("Durand"),
      email: email(w),
      password,
      privacy: oneOf("on"),
      callbackUrl: backTo,
    })),
  },
  "auth.confirmEmailAction": {
    as: "visitor",
    call: form((w) => ({ token: oneOf(w.tokens.confirmation) })),
  },
  "auth.signInAction": {
    as: "visitor",
    runs: PASSWORD_RUNS,
    call: form((w) => ({ email: email(w), password, callbackUrl: backTo })),
  },
  "auth.forgotPasswordAction": {
    as: "visitor",
    call: form((w) => ({ email: email(w) })),
  },
  "auth.resetPasswordAction": {
    as: "visitor",
    runs: PASSWORD_RUNS,
    call: form((w) => ({ token: oneOf(w.tokens.reset), password })),
  },
  "auth.deleteAccountAction": {
    as: "shopper",
    runs: PASSWORD_RUNS,
    call: form(() => ({ password })),
  },
  "auth.changePasswordAction": {
    as: "shopper",
    runs: PASSWORD_RUNS,
    call: form(() => ({ currentPassword: password, newPassword: password })),
  },

  // lib/actions/email-change.ts
  "email-change.requestEmailChangeAction": {
    as: "shopper",
    runs: PASSWORD_RUNS,
    call: form((w) => ({ newEmail: email(w), currentPassword: password })),
  },
  "email-change.confirmEmailChangeAction": {
    as: "shopper",
    call: form((w) => ({ token: oneOf(w.tokens.emailChange) })),
  },
  "email-change.revertEmailChangeAction": {
    as: "visitor",
    runs: PASSWORD_RUNS,
    call: form((w) => ({ token: oneOf(w.tokens.revert), password })),
  },

  // lib/actions/logistics.ts
  "logistics.bookPickupSlotAction": {
    as: "shopper",
    call: form((w) => ({ orderId: idField(w.orders), slotId: idField(w.slots) })),
  },
  "logistics.chooseDeliveryHelpAction": {
    as: "shopper",
    call: form((w) => ({
      orderId: idField(w.orders),
      choice: oneOf("NEEDS_DELIVERY", "CAN_DELIVER", "PICKUP_ONLY"),
      phone: oneOf("06 06 06 06 06"),
      address: oneOf("12 rue Lyvet, Vénissieux"),
      consent: checkbox,
    })),
  },
  "logistics.withdrawDeliveryHelpAction": {
    as: "shopper",
    call: form((w) => ({ orderId: idField(w.orders) })),
  },
  "logistics.offerDeliveryAction": {
    as: "volunteer",
    call: form((w) => ({ requestOrderId: idField(w.orders) })),
  },
  "logistics.withdrawDeliveryOfferAction": {
    as: "volunteer",
    call: form((w) => ({ offerId: idField(w.offers) })),
  },
  "logistics.acceptDeliveryOfferAction": {
    as: "shopper",
    call: form((w) => ({ offerId: idField(w.offers) })),
  },
  "logistics.refuseDeliveryOfferAction": {
    as: "shopper",
    call: form((w) => ({ offerId: idField(w.offers) })),
  },
  "logistics.undoDeliveryMatchAction": {
    as: "admin",
    call: form((w) => ({ offerId: idField(w.offers) })),
  },
  "logistics.signUpForDutyAction": {
    as: "shopper",
    call: form((w) => ({ shiftId: idField(w.shifts) })),
  },
  "logistics.leaveDutyAction": {
    as: "shopper",
    call: form((w) => ({ shiftId: idField(w.shifts), reason: oneOf("Malade") })),
  },
  "logistics.enablePickupSlotsAction": {
    as: "admin",
    call: form((w) => ({
      distributionId: idField(w.distributions),
      capacity: numberField("8"),
      lastSlotCapacity: numberField("", "2"),
    })),
  },
  "logistics.createDutyRoleAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), name: oneOf("Accueil"), description: textField })),
  },

  // lib/actions/messages.ts
  "messages.sendMarketMessageAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      subject: oneOf("Distribution de jeudi"),
      body: oneOf("<p>Bonjour</p>", "<img src=x onerror=alert(1)>"),
      producerId: idField([w.producer, ""]),
      audience: oneOf("ALL_MEMBERS", "NOT_ORDERED_NEXT", "ORDERED_NEXT", "ALL_PRODUCERS", "ADMINS"),
      attachments: fileField(photo),
    })),
  },
  "messages.uploadMessageImageAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), image: fileField(photo) })),
  },
  "messages.previewMessageAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      subject: oneOf("Distribution de jeudi"),
      body: oneOf("<p>Bonjour</p>", "<img src=x onerror=alert(1)>", '<img src="https://evil.example/p.gif">'),
    })),
  },
  "messages.replyToMessageAction": {
    as: "producer",
    call: form((w) => ({ messageId: idField(w.messages), body: oneOf("<p>Merci</p>") })),
  },
  "messages.startConversationAction": {
    as: "producer",
    call: form((w) => ({
      producerId: idField([w.producer]),
      market: oneOf(w.slug, `https://${HOST}/m/${w.slug}`, "marche-inconnu", "https://evil.example/m/"),
      subject: oneOf("Nos légumes", ""),
      body: oneOf("<p>Bonjour</p>", "<img src=x onerror=alert(1)>"),
      catalogId: idField([w.catalog, ""]),
    })),
  },
  "messages.answerThreadAction": {
    as: "admin",
    call: form((w) => ({ threadId: idField(w.threads), body: oneOf("<p>Bienvenue</p>", "") })),
  },
  "messages.linkCatalogFromMessageAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), messageId: idField(w.inboxMessages) })),
  },
  "messages.setClosingReminderAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      closingReminderHours: withOdd(oneOf("24", "48"), "12", "-1", "1e3", "24.5"),
    })),
  },

  // lib/actions/payments.ts
  "payments.startCardCheckoutAction": {
    as: "shopper",
    call: form((w) => ({ orderId: idField(w.orders) })),
  },
  "payments.refundOverpaymentAction": {
    as: "admin",
    call: form((w) => ({ orderId: idField(w.orders) })),
  },
  "payments.startStripeOnboardingAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]) })),
  },

  // lib/actions/preferences.ts: a plain form action (no previous state); it goes back to the page it came from.
  "preferences.setLocaleAction": {
    as: "shopper",
    call: () =>
      fc
        .tuple(formData({ locale: oneOf("fr", "en") }), fc.option(headerValue(anyText), { nil: undefined }))
        .map(([data, referer]): Call => ({ args: [data], referer })),
  },

  // lib/actions/producer.ts
  "producer.createProducerAction": {
    as: "producer",
    call: form(() => producerFields),
  },
  "producer.createCatalogAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), name: oneOf("Légumes d’hiver"), description: textField })),
  },
  "producer.saveProductAction": {
    as: "producer",
    call: form((w) => ({
      catalogId: idField([w.catalog]),
      productId: idField([...w.products, ""]),
      name: oneOf("Pain de seigle"),
      description: textField,
      category: oneOf("BAKERY", "GROCERY", "OTHER"),
      unit: oneOf("PIECE", "KG", "G", "L", "CL", "ML"),
      quantityPerUnit: quantity,
      price,
      vatRate: oneOf("550", "1000", "2000", "210", "0"),
      organic: checkbox,
      bulk: checkbox,
      step: numberField("", "0,1", "0.25", "1"),
      variableWeight: checkbox,
      maxPrice: numberField("", "20", "15,50"),
      stock: numberField("", "10", "0,5"),
      active: checkbox,
      photo: fileField(photo),
    })),
  },
  "producer.setProductActiveAction": {
    as: "producer",
    call: form((w) => ({ productId: idField(w.products), active: oneOf("1", "0"), catalogId: idField([w.catalog]) })),
  },
  "producer.deleteProductAction": {
    as: "producer",
    call: form((w) => ({ productId: idField(w.products), catalogId: idField([w.catalog]) })),
  },
  "producer.respondToParticipationAction": {
    as: "producer",
    call: form((w) => ({
      catalogId: idField([w.catalog]),
      distributionId: idField(w.distributions),
      answer: oneOf("accept", "decline"),
    })),
  },
  "producer.importProductsAction": {
    as: "producer",
    call: form((w) => ({
      catalogId: idField([w.catalog]),
      csv: csvField(
        fc.tuple(
          fc.constantFrom("Pain", "Amandes"),
          fc.constant(""),
          fc.constantFrom("BAKERY", "GROCERY"),
          fc.constantFrom("PIECE", "KG"),
          fc.constantFrom("1", "0,5"),
          fc.constantFrom("3,20", "14.85"),
        ),
        fc.constantFrom("nom", "Pain", "BAKERY", "KG", "1", "3,20", "550", "oui", "non", "0,1"),
      ),
      intent: oneOf("preview", "import"),
    })),
  },
  "producer.addProducerUserAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), email: email(w) })),
  },
  "producer.removeProducerUserAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), userId: idField(w.userIds) })),
  },
  "producer.updateProducerAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), ...producerFields, photos: fileField(photo) })),
  },
  "producer.answerLinkRequestAction": {
    as: "producer",
    call: form((w) => ({
      producerId: idField([w.producer]),
      requestId: idField(w.linkRequests),
      answer: oneOf("accept", "decline"),
    })),
  },
  "producer.renewCatalogShareKeyAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), catalogId: idField([w.catalog]) })),
  },

  // lib/actions/interop.ts
  "interop.createApiTokenAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), name: withOdd(oneOf("Open Food Network"), "") })),
  },
  "interop.revokeApiTokenAction": {
    as: "producer",
    call: form((w) => ({ producerId: idField([w.producer]), tokenId: idField(w.apiTokens) })),
  },
  "interop.setCatalogDfcPublicAction": {
    as: "producer",
    call: form((w) => ({
      producerId: idField([w.producer]),
      catalogId: idField([w.catalog]),
      dfcPublic: oneOf("1", "0"),
    })),
  },
  "interop.importDfcCatalogAction": {
    as: "producer",
    call: form((w) => ({
      catalogId: idField([w.catalog]),
      file: fileField(dfcFile()),
      // Addresses refused before any request: the test never reaches the network.
      url: withOdd(
        oneOf("", "http://peer.example/catalogue.json", "https://127.0.0.1/c", "https://[::1]/c"),
        "https://",
      ),
      intent: oneOf("preview", "apply"),
    })),
  },

  // lib/actions/refunds.ts
  "refunds.cancelDistributionAction": {
    as: "admin",
    call: form((w) => ({ marketId: idField([w.market]), distributionId: idField(w.distributions) })),
  },
  "refunds.withdrawCatalogFromSaleAction": {
    as: "admin",
    call: form((w) => ({
      marketId: idField([w.market]),
      distributionId: idField(w.distributions),
      catalogId: idField([w.catalog]),
    })),
  },

  // lib/actions/shop.ts
  "shop.confirmOrderAction": {
    as: "shopper",
    call: form((w) => ({ orderId: idField(w.orders), method: oneOf("ON_SITE", "TRANSFER", "BALANCE", "CARD") })),
  },
  "shop.updateProfileAction": {
    as: "shopper",
    call: form(() => ({ firstName: oneOf("Camille"), lastName: oneOf("Durand"), ...profile })),
  },
  "shop.updateContactAction": {
    as: "shopper",
    call: form(() => profile),
  },
  "shop.updateEmailPreferencesAction": {
    as: "shopper",
    call: form(
      (w) => ({
        notifySaleOpening: checkbox,
        notifyReminder: checkbox,
        receiptByEmail: checkbox,
        messageMarkets: idField([w.market]),
      }),
      marketCheckboxes,
    ),
  },
  "shop.leaveMarketAction": {
    as: "shopper",
    call: form((w) => ({ marketId: idField([w.market]) })),
  },
  "shop.joinMarketAction": {
    as: "shopper",
    call: form((w) => ({ marketId: idField([w.market, w.otherMarket]) })),
  },
};

// A header value a browser can send (no line breaks or control characters).
function headerValue(text: fc.Arbitrary<string>) {
  return text.filter((value) => {
    try {
      new Headers({ referer: value });
      return true;
    } catch {
      return false;
    }
  });
}

// The modules whose exports are server actions: a file that starts with the « use server » directive.
async function serverActionModules(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, "../..");
  const files: string[] = [];
  for (const dir of ["lib", "app", "components"]) {
    for (const entry of await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (/^\s*["']use server["']/.test(await readFile(file, "utf8"))) files.push(file);
    }
  }
  return files;
}

type Action = (...args: unknown[]) => Promise<unknown>;

const actions = new Map<string, Action>();
const answers = { fr: messagesFor("fr"), en: messagesFor("en") };
let passwordHash: string;
let log: { logger: Logger; lines: string[] };
let stderr: ReturnType<typeof vi.spyOn>;
const holder = globalThis as unknown as { cabasLog?: Logger };

beforeAll(async () => {
  for (const file of await serverActionModules()) {
    const exports = (await import(file)) as Record<string, unknown>;
    const name = path.basename(file).replace(/\.tsx?$/, "");
    for (const [exported, value] of Object.entries(exports))
      if (typeof value === "function") actions.set(`${name}.${exported}`, value as Action);
  }
  passwordHash = await hashPassword(WORLD_PASSWORD);
  photo = new File([await image("png")], "photo.png", { type: "image/png" });
  // Everything the app logs goes to memory, so that an error line fails the run that wrote it.
  log = captureLog();
  holder.cabasLog = log.logger;
  stderr = vi.spyOn(console, "error");
});

afterAll(() => {
  holder.cabasLog = undefined;
  stderr.mockRestore();
});

it("every server action has a fuzzing spec", () => {
  expect([...actions.keys()].sort()).toEqual(Object.keys(SPECS).sort());
});

// Next's redirect() and notFound() end an action by throwing; they are answers, not failures.
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;404)/.test(digest);
}

// A redirect stays on this site whatever the form said it came from (without Stripe's keys, no action sends
// anyone to Stripe). Its digest is « NEXT_REDIRECT;<push|replace>;<url>;<status>; ».
function expectOnThisSite(navigation: unknown) {
  const { digest } = navigation as { digest: string };
  if (!digest.startsWith("NEXT_REDIRECT;")) return;
  const url = /^NEXT_REDIRECT;\w+;(.*);\d{3};$/.exec(digest)?.[1] ?? "";
  const relative = "relative.invalid";
  expect([relative, HOST], digest).toContain(new URL(url, `http://${relative}`).host);
}

// Every message of the answer, which must each be a real message in the reader's language.
function messagesOf(state: unknown): string[] {
  if (typeof state !== "object" || state === null) return [];
  const s = state as { error?: string; fieldErrors?: Record<string, string>; rows?: { error: string | null }[] };
  return [s.error, ...Object.values(s.fieldErrors ?? {}), ...(s.rows ?? []).map((r) => r.error)].filter(
    (m): m is string => m !== undefined && m !== null,
  );
}

describe.each(Object.entries(SPECS))("%s", (name, spec) => {
  it(
    `answers arbitrary input with a form state or a redirect (${spec.runs ?? RUNS} runs)`,
    { timeout: 120_000 },
    async () => {
      const action = actions.get(name);
      expect(action, `${name} is exported by a server action module`).toBeDefined();
      const world = await buildWorld(passwordHash);
      let refusals = 0;
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom("fr", "en"), spec.call(world), async (locale, { args, referer }) => {
          runs++;
          request.locale = locale;
          request.userId = world.users[spec.as];
          request.headers = { host: HOST, ...(referer === undefined ? {} : { referer }) };
          log.lines.length = 0;
          stderr.mockClear();
          let state: unknown;
          try {
            state = await action!(...args);
          } catch (error) {
            if (!isNavigation(error)) throw error;
            expectOnThisSite(error);
          }
          const t = answers[locale];
          for (const message of messagesOf(state)) {
            expect(message, fc.stringify(state)).not.toBe(t.common.errors.UNEXPECTED);
            expect(message.trim(), fc.stringify(state)).not.toBe("");
          }
          if (messagesOf(state).includes(t.common.errors.FORBIDDEN)) refusals++;
          expect(log.lines.filter((line) => /"level":"(error|fatal)"/.test(line))).toEqual([]);
          expect(stderr).not.toHaveBeenCalled();
        }),
        { numRuns: spec.runs ?? RUNS },
      );
      // Signed in as someone the rules let through, so at least some runs got past the rights check.
      expect(refusals, `${name}: every run was refused`).toBeLessThan(runs);
    },
  );
});

// The shop's basket change is a route the page's script sends JSON to (app/api/basket): the same property, its
// answer a form state (or 400 for a body that is not a basket change at all: a field missing or not text).
describe("POST /api/basket", () => {
  it(`answers arbitrary input with a form state (${RUNS} runs)`, { timeout: 120_000 }, async () => {
    const { POST } = await import("@/app/api/basket/route");
    const world = await buildWorld(passwordHash);
    const fields = formData({
      distributionId: idField(world.distributions),
      productId: idField(world.products),
      quantity,
    });
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("fr", "en"),
        fc.constantFrom("add", "set"),
        fields,
        async (locale, mode, data) => {
          request.locale = locale;
          request.userId = world.users.shopper;
          request.headers = { host: HOST };
          log.lines.length = 0;
          stderr.mockClear();
          const response = await POST(
            new Request(`http://${HOST}/api/basket`, {
              method: "POST",
              headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json" },
              body: JSON.stringify({ ...Object.fromEntries(data), mode }),
            }),
          );
          expect([200, 400, 404, 422]).toContain(response.status);
          if (response.status !== 400) {
            answered++;
            const state: unknown = await response.json();
            for (const message of messagesOf(state)) {
              expect(message, fc.stringify(state)).not.toBe(answers[locale].common.errors.UNEXPECTED);
              expect(message.trim(), fc.stringify(state)).not.toBe("");
            }
          }
          expect(log.lines.filter((line) => /"level":"(error|fatal)"/.test(line))).toEqual([]);
          expect(stderr).not.toHaveBeenCalled();
        },
      ),
      { numRuns: RUNS },
    );
    expect(answered, "every run was a bad request").toBeGreaterThan(0);
  });
});
