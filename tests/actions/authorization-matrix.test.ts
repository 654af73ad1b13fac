import { describe, expect, it, vi } from "vitest";
import { accountRows } from "./authorization/account";
import { adminRows } from "./authorization/admin";
import { dayRows } from "./authorization/distribution-day";
import { interopRows } from "./authorization/interop";
import { logisticsRows } from "./authorization/logistics";
import { titleOf } from "./authorization/matrix";
import { inboxRows, messageRows } from "./authorization/messages";
import { moneyRows } from "./authorization/money";
import { paymentRows } from "./authorization/payments";
import { producerRows } from "./authorization/producer";
import { refundRows } from "./authorization/refunds";
import { routeRows } from "./authorization/routes";
import { personalRows, preferenceRows, shopRows } from "./authorization/shop";
import { statementRows } from "./authorization/statements";
import { inlineServerActionFiles, routeHandlers, serverActions } from "./authorization/surface";

// The authorization matrix: every exported server action and every route handler × every role (anonymous, a
// shopper of another market, a member, an admin of another market, the admin, a producer's team member, its
// owner, another producer, a referent of one distribution), each with valid input, run by
// tests/actions/authorization-*.test.ts. Allowed roles succeed and what they asked for happens; the others get the
// refusal and the database is left exactly as it was. This file checks that the matrix covers what the app
// exposes: a new action or route without a row fails here.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

const ROWS = [
  ...adminRows,
  ...dayRows,
  ...messageRows,
  ...inboxRows,
  ...producerRows,
  ...shopRows,
  ...personalRows,
  ...preferenceRows,
  ...paymentRows,
  ...moneyRows,
  ...statementRows,
  ...refundRows,
  ...logisticsRows,
  ...accountRows,
  ...routeRows,
  ...interopRows,
];

// What no session opens or closes: each is public on purpose, its credential is something else, and its own
// tests say so.
const EXEMPT: Record<string, string> = {
  "app/[locale]/(site)/(public)/m/[slug]/distributions/[distributionId]/recherche/route.ts#GET":
    "the shop's search form sent on to the search's own address: reads nothing, answers a redirect to a public page",
  "app/api/auth/[...nextauth]/route.ts#GET": "Auth.js's own endpoints (session, CSRF token, providers, sign-out)",
  "app/api/auth/[...nextauth]/route.ts#POST":
    "Auth.js's own endpoints: the credentials callback ends in the same authorize() as the form (sign-in-limits.test.ts)",
  "app/api/dev/cache/route.ts#GET":
    "the page cache's counts for tests/e2e/performance: a 404 unless CACHE_STATS_ROUTE=1, and nothing of anybody",
  "app/api/dev/cache/route.ts#DELETE":
    "drops the cached public pages after a spec's own database writes: a 404 unless CACHE_STATS_ROUTE=1; changes no data",
  "app/api/health/route.ts#GET": "liveness for load balancers: answers « ok » and reads nothing",
  "app/api/stripe/webhook/route.ts#POST":
    "Stripe's signature over the raw body is the credential (tests/domain/payment/stripe-webhook.test.ts)",
  "app/api/unsubscribe/[token]/route.ts#POST":
    "RFC 8058 one-click unsubscribe: the signed token is the credential, without a session (tests/domain/email/unsubscribe.test.ts)",
  "app/images/[id]/route.ts#GET": "logos and product photos are public, under unguessable ids",
  // The public read API (README, Interoperability): what the public pages show anybody, through their own reads;
  // no session is read (tests/actions/public-api.test.ts checks that nobody's contact details are in it).
  ...Object.fromEntries(
    [
      "app/api/v1/markets/[slug]/route.ts",
      "app/api/v1/markets/[slug]/distributions/route.ts",
      "app/api/v1/markets/[slug]/distributions/[distributionId]/products/route.ts",
      "app/api/v1/openapi.json/route.ts",
    ].flatMap((file) => [
      [`${file}#GET`, "the public read API: read-only, what the public pages show, limited per client address"],
      [`${file}#OPTIONS`, "the public read API's CORS preflight: reads nothing"],
    ]),
  ),
  "app/api/v1/[...path]/route.ts#GET": "the public read API's 404 for any other address under it: reads nothing",
};

// Server actions written inline in a component (not exported, so not in the list above).
const INLINE_ACTIONS: Record<string, string> = {
  "components/layout/site-header.tsx": "« Se déconnecter »: Auth.js's signOut of the visitor's own session",
};

describe("the authorization matrix covers the app", () => {
  it("has a row, or an exemption with its reason, for every server action and route handler", async () => {
    const covered = new Set([...ROWS.map((row) => row.target), ...Object.keys(EXEMPT)]);
    const missing = [...(await serverActions()), ...(await routeHandlers())].filter((t) => !covered.has(t));
    expect(
      missing,
      "Without a row in the authorization matrix: add one per target to tests/actions/authorization/<space>.ts " +
        "(who may use it, valid input, what must happen), or an exemption with its reason in this file",
    ).toEqual([]);
  });

  it("names only actions and routes that exist, once each", async () => {
    const surface = new Set([...(await serverActions()), ...(await routeHandlers())]);
    const targets = [...ROWS.map((row) => row.target), ...Object.keys(EXEMPT)];
    expect(targets.filter((target) => !surface.has(target))).toEqual([]);
    const titles = ROWS.map(titleOf);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    expect(ROWS.filter((row) => EXEMPT[row.target]).map(titleOf)).toEqual([]);
  });

  it("knows every inline server action", () => {
    expect(inlineServerActionFiles()).toEqual(Object.keys(INLINE_ACTIONS).sort());
  });
});
