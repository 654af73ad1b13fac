import type { APIResponse } from "@playwright/test";
import { SIGNED_IN_SPACES } from "../../../lib/security-headers";
import { FAKE_STRIPE_PORT } from "../../../playwright.config";
import { query } from "../support/db";
import { demoShopperWithOrder, offerCardPayment, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

// Where the fake Stripe serves its checkout page, as Stripe does at https://checkout.stripe.com.
const STRIPE_PAGES = `http://127.0.0.1:${FAKE_STRIPE_PORT}`;

// The headers of lib/security-headers.js as a production server sends them (README, Security). That the
// policies break nothing is proven by every other spec: the shared fixture fails any spec whose pages report
// a Content-Security-Policy violation.

function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()["content-security-policy"];
  expect(policy, `${response.url()} has a Content-Security-Policy`).toBeTruthy();
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

// What every response carries, and the directives both policies share: nothing from elsewhere, no framing, no
// plugins, no <base>, forms only to Cabas (and, from the signed-in spaces, on to Stripe's hosted pages).
function expectLockedDown(response: APIResponse, formTargets = ["'self'"]) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8}; includeSubDomains$/);
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "clipboard-write=(self)"])
    expect(headers["permissions-policy"]).toContain(feature);
  const policy = directives(response);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(formTargets);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("worker-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  return policy;
}

const SIGNED_IN_FORM_TARGETS = ["'self'", STRIPE_PAGES];

function nonceOf(response: APIResponse): string {
  const scripts = expectLockedDown(response, SIGNED_IN_FORM_TARGETS).get("script-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).toContain("'strict-dynamic'");
  const nonce = scripts.find((source) => source.startsWith("'nonce-"));
  expect(nonce, `${response.url()} has a nonce`).toMatch(/^'nonce-[A-Za-z0-9+/]{22,}={0,2}'$/);
  return nonce!.slice("'nonce-".length, -1);
}

test("[SECURITY] public pages, the cached shop included, allow Cabas's own and inline scripts and nothing else", async ({
  request,
}) => {
  const distribution = await openDemoDistribution();
  const [producer] = await query<{ slug: string }>(`SELECT slug FROM "Producer" ORDER BY slug LIMIT 1`);
  const [catalog] = await query<{ number: number }>(`SELECT number FROM "Catalog" ORDER BY number LIMIT 1`);
  for (const path of [
    "/",
    "/m/bellefontaine",
    `/m/bellefontaine/distributions/${distribution.id}`,
    `/producteurs/${producer.slug}`,
    `/catalogues/${catalog.number}`,
    "/connexion",
    "/inscription",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(expectLockedDown(response).get("script-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
  }
});

test("[SECURITY] a signed-in page gets a fresh nonce per request, on every script it sends", async ({ page }) => {
  await signInAs(page, "client@cabas.test");
  const first = await page.request.get("/compte");
  const second = await page.request.get("/compte");
  expect(first.status()).toBe(200);
  const nonce = nonceOf(first);
  expect(nonceOf(second)).not.toBe(nonce);
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  // And in the browser its scripts run: the account page hydrates (the fixture fails on any blocked script).
  await page.goto("/compte");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("[SECURITY] every signed-in space answers with a nonce policy, the redirect of a visitor without a session included", async ({
  request,
}) => {
  for (const space of SIGNED_IN_SPACES) {
    nonceOf(await request.get(`/${space}`, { maxRedirects: 0 }));
  }
  const redirect = await request.get("/compte", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toContain("/connexion?callbackUrl=");
});

test("[SECURITY] API routes and static files carry the headers too", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expectLockedDown(health);
  const html = await (await request.get("/")).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset, "the home page loads a script from /_next/static").toBeTruthy();
  const script = await request.get(asset!);
  expect(script.status()).toBe(200);
  expectLockedDown(script);
});

// A redirect the client router follows is a navigation, but a form sent before the page's scripts have loaded is
// a real form submission, whose redirect to Stripe the browser checks against form-action.
test("[SECURITY] a card payment sent before the page's scripts run still reaches Stripe Checkout", async ({
  newPerson,
}) => {
  await offerCardPayment();
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Noah", lastName: "Sansscript" },
    { basket: "confirmed" },
  );
  await query(`UPDATE "Order" SET "confirmedAt" = NULL, "paymentMethod" = NULL WHERE id = $1`, [shopper.orderId]);
  const page = await newPerson({ javaScriptEnabled: false });
  await signInAs(page, shopper.email);
  await page.goto(`/commande/${shopper.orderId}`);
  await page.getByRole("button", { name: "Payer par carte" }).click();
  await expect(page.getByRole("heading", { name: "Paiement test" })).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`^${STRIPE_PAGES}/pay/`));
});
