import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expectNoViolations } from "../support/accessibility";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { localizedPath } from "@/lib/i18n/locales";
import { type Account, type DemoIds, pageRoutes, ROUTES } from "./routes";

// WCAG 2.1 A/AA, and nothing wider than a 375 px phone, on every page of the route tree (routes.ts), in both
// languages, each as the account it is meant for sees it.

const PHONE = { width: 375, height: 812 };
const ACCOUNTS: Record<Exclude<Account, "visitor">, string> = {
  shopper: "", // a member of its own with a confirmed basket, made in beforeAll
  admin: "admin@cabas.test",
  producer: "producteur@cabas.test",
  operator: "operateur@cabas.test",
};

let ids: DemoIds;

test.beforeAll(async () => {
  const { query } = await import("../support/db");
  const distribution = await openDemoDistribution();
  const [catalog] = await query<{ id: string; number: number; producerId: string; slug: string; productId: string }>(
    `SELECT c.id, c.number, c."producerId", p.slug,
            (SELECT pr.id FROM "Product" pr WHERE pr."catalogId" = c.id ORDER BY pr.name LIMIT 1) AS "productId"
     FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId"
     WHERE p.slug = 'epicerie-vrac-minguettes' ORDER BY c.number LIMIT 1`,
  );
  const [member] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'client@cabas.test'`);
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Inès", lastName: "Garnier" },
    { basket: "confirmed" },
  );
  ACCOUNTS.shopper = shopper.email;
  // The platform's operator: an account like the demo admin's (same password), with the operator's flag.
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", "emailVerifiedAt", "isOperator", "updatedAt")
     SELECT 'e2e-operator', $1, "passwordHash", 'Opé', 'Rateur', now(), true, now() FROM "User" WHERE email = 'admin@cabas.test'
     ON CONFLICT (email) DO NOTHING`,
    [ACCOUNTS.operator],
  );
  const invitationToken = randomBytes(32).toString("base64url");
  await query(
    `INSERT INTO "MemberInvitation" (id, "marketId", email, "tokenHash", "invitedById")
     SELECT $1, $2, $3, $4, id FROM "User" WHERE email = 'admin@cabas.test'`,
    [
      `e2e-invitation-${randomUUID()}`,
      distribution.marketId,
      `invite-${randomUUID().slice(0, 6)}@exemple.fr`,
      createHash("sha256").update(invitationToken).digest("hex"),
    ],
  );
  const threadId = `e2e-thread-${randomUUID()}`;
  await query(
    `INSERT INTO "MessageThread" (id, "marketId", subject, "producerId", "lastMessageAt")
     VALUES ($1, $2, 'Notre catalogue', $3, now())`,
    [threadId, distribution.marketId, catalog.producerId],
  );
  await query(
    `INSERT INTO "Message" (id, "marketId", "senderUserId", "senderProducerId", "threadId", "catalogId", audience, subject, "bodyHtml")
     SELECT $1, $2, id, $3, $4, $5, 'MARKET_ADMINS_OF', 'Notre catalogue', '<p>Bonjour, voici notre catalogue.</p>'
     FROM "User" WHERE email = 'producteur@cabas.test'`,
    [`e2e-message-${randomUUID()}`, distribution.marketId, catalog.producerId, threadId, catalog.id],
  );
  ids = {
    marketId: distribution.marketId,
    distributionId: distribution.id,
    catalogId: catalog.id,
    catalogNumber: catalog.number,
    producerId: catalog.producerId,
    producerSlug: catalog.slug,
    productId: catalog.productId,
    memberId: member.id,
    orderId: shopper.orderId,
    invitationToken,
    threadId,
  };
});

test("[A11Y] every page of the route tree has an entry in the accessibility pass", () => {
  expect(pageRoutes().filter((route) => !(route in ROUTES))).toEqual([]);
});

for (const [route, entry] of Object.entries(ROUTES)) {
  if ("skip" in entry) continue;
  for (const locale of ["fr", "en"] as const) {
    test(`[A11Y] ${route} (${locale}, ${entry.as}) has no WCAG A/AA violation and fits 375 px`, async ({
      newPerson,
    }) => {
      const page = await newPerson({ viewport: PHONE });
      if (entry.as !== "visitor") await signInAs(page, ACCOUNTS[entry.as]);
      const address = localizedPath(locale, entry.path(ids));
      const response = await page.goto(address);
      if (entry.status) expect(response?.status(), address).toBe(entry.status);
      else expect(response?.status(), address).toBeLessThan(400);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoViolations(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${address} scrolls sideways`,
      ).toBeLessThanOrEqual(PHONE.width);
    });
  }
}

test("[A11Y] the shop as visitors get it (the cached showcase) has no WCAG A/AA violation", async ({ page }) => {
  const distribution = await openDemoDistribution();
  await page.goto(`/m/bellefontaine/distributions/${distribution.id}`);
  await expect(page.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the error page and the shop's not-found page have no WCAG A/AA violation", async ({ page }) => {
  await page.goto("/dev/erreur"); // throws on purpose (ERROR_TEST_ROUTE=1, lib/error-test-route.ts)
  await expect(page.getByRole("heading", { name: "Une erreur est survenue" })).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/m/ce-marche-n-existe-pas");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the sign-up form with errors has no WCAG A/AA violation", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByRole("button", { name: "Inscription" }).click();
  await expect(
    page.getByText("Cette adresse e-mail n’est pas valide.").or(page.getByText("Ce champ est obligatoire.").first()),
  ).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the pick-up page has no WCAG A/AA violation", async ({ page }) => {
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Eva", lastName: "Lambert" },
    { basket: "confirmed" },
  );
  await signInAs(page, shopper.email);
  await page.goto(`/retrait/${shopper.orderId}`);
  await expect(page.getByRole("radio", { name: "Possibilité de livrer" })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] on a 375 px phone the admin members table becomes cards, its removal dialog included, with no WCAG A/AA violation", async ({
  newPerson,
}) => {
  const { query } = await import("../support/db");
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const page = await newPerson({ viewport: { width: 375, height: 812 } });
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/membres`);
  const card = page.locator('[data-member="client@cabas.test"]');
  await expect(card).toContainText("VARDA Sarah");
  // Each row is a card (a box of its own, not a table row) and each value shows its column's name beside it;
  // the header row is left to screen readers, which still get a table of rows and cells.
  await expect(card).toHaveCSS("display", "flex");
  await expect(card.getByText("E-mail", { exact: true })).toBeVisible();
  await expect(card.getByText("Solde", { exact: true })).toBeVisible();
  expect((await page.locator("thead").boundingBox())?.height).toBeLessThanOrEqual(1);
  await expect(page.getByRole("row").filter({ hasText: "VARDA Sarah" })).toHaveCount(1);
  await expect(card.getByRole("cell").filter({ hasText: "client@cabas.test" })).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoViolations(page);

  await card.getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByRole("alertdialog", { name: "Retirer Sarah Varda du marché ?" })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // From 640 px up the same rows are a table again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(card).toHaveCSS("display", "table-row");
  await expect(card.getByText("E-mail", { exact: true })).toBeHidden();
});
