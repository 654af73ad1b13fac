import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "@playwright/test";
import { E2E_SERVER_LOG } from "../../../playwright.config";
import { expect, signInAs, test } from "../support/fixtures";

// The server's JSON log lines (stdout, kept by playwright.config.ts) of one request id.
async function logLines(requestId: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(E2E_SERVER_LOG, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId);
}

async function chooseLanguage(context: BrowserContext, baseURL: string | undefined, locale: "fr" | "en") {
  await context.addCookies([{ name: "cabas-locale", value: locale, url: baseURL! }]);
}

const WORDS = {
  fr: {
    title: "Une erreur est survenue",
    reference: "Référence de l’erreur :",
    retry: "Réessayer",
    home: "Retour à l’accueil",
    notFound: "Page introuvable",
    findMarket: "Trouver un marché",
  },
  en: {
    title: "Something went wrong",
    reference: "Error reference:",
    retry: "Try again",
    home: "Back to home",
    notFound: "Page not found",
    findMarket: "Find a market",
  },
} as const;

// /dev/erreur (and /en/dev/erreur) throws on purpose; they exist only because playwright.config.ts
// starts the server with ERROR_TEST_ROUTE=1 (lib/error-test-route.ts).
for (const locale of ["fr", "en"] as const) {
  const w = WORDS[locale];
  test(`[ERRORS] a page that fails answers 500 with the error page in ${locale}: a reference the server log has, a retry and a way home`, async ({
    page,
    context,
    baseURL,
  }) => {
    await chooseLanguage(context, baseURL, locale);
    const requestId = `e2e-${randomUUID()}`;
    await page.setExtraHTTPHeaders({ "x-request-id": requestId });

    const response = await page.goto("/dev/erreur");
    expect(response?.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByText(w.reference)).toBeVisible();
    const reference = (await page.getByTestId("error-reference").textContent())?.trim() ?? "";
    expect(reference).toMatch(/^\w+$/);
    // Nothing of the error itself reaches the page.
    await expect(page.locator("body")).not.toContainText("Deliberate error");

    await expect.poll(async () => (await logLines(requestId)).length).toBe(1);
    const [line] = await logLines(requestId);
    expect(line).toMatchObject({
      level: "error",
      msg: "request failed",
      requestId,
      digest: reference,
      method: "GET",
      // The address an English reader lands on (lib/i18n/routes.js).
      path: locale === "en" ? "/en/dev/erreur" : "/dev/erreur",
      routeType: "render",
      error: { type: "Error", message: expect.stringContaining("Deliberate error"), stack: expect.any(String) },
    });
    expect(typeof line.time).toBe("string");

    // The retry asks the server again (a second failure, a second line), then the way home works.
    await page.getByRole("button", { name: w.retry }).click();
    await expect.poll(async () => (await logLines(requestId)).length).toBe(2);
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
    await page.getByRole("link", { name: w.home }).click();
    await expect(page).toHaveURL(locale === "en" ? /\/en$/ : /:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toHaveCount(0);
  });
}

test("[ERRORS] a page at an English address that fails gets the error page in English, with its reference logged", async ({
  page,
}) => {
  const requestId = `e2e-${randomUUID()}`;
  await page.setExtraHTTPHeaders({ "x-request-id": requestId });
  const response = await page.goto("/en/dev/erreur");
  expect(response?.status()).toBe(500);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: WORDS.en.title })).toBeVisible();
  await expect(page.getByRole("button", { name: WORDS.en.retry })).toBeVisible();
  const reference = (await page.getByTestId("error-reference").textContent())?.trim();
  await expect.poll(async () => (await logLines(requestId)).map((l) => l.digest)).toEqual([reference]);
});

test("[ERRORS] without an x-request-id the server makes one up for the log line", async ({ page }) => {
  const before = (await readFile(E2E_SERVER_LOG, "utf8").catch(() => "")).length;
  expect((await page.goto("/dev/erreur"))?.status()).toBe(500);
  const reference = (await page.getByTestId("error-reference").textContent())?.trim();
  await expect
    .poll(async () => {
      const added = (await readFile(E2E_SERVER_LOG, "utf8")).slice(before).split("\n");
      return added.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
    })
    .toContainEqual(
      expect.objectContaining({ digest: reference, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
    );
});

test("[ERRORS] a 404 in the shop stays in the shop's frame and offers to find a market, in either language", async ({
  page,
  context,
  baseURL,
}) => {
  const response = await page.goto("/m/ce-marche-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: WORDS.fr.notFound })).toBeVisible();
  await expect(page.getByRole("link", { name: WORDS.fr.findMarket })).toHaveAttribute("href", "/");

  await chooseLanguage(context, baseURL, "en");
  expect((await page.goto("/producteurs/ce-producteur-n-existe-pas"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: WORDS.en.notFound })).toBeVisible();
  await expect(page.getByRole("link", { name: WORDS.en.findMarket })).toBeVisible();
});

test("[ERRORS] a sale that does not exist, at the shop's cached address, is a 404 in the visitor's language", async ({
  page,
  context,
  baseURL,
}) => {
  const unknownSale = `/m/bellefontaine/distributions/${"z".repeat(25)}`;
  expect((await page.goto(unknownSale))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: WORDS.fr.notFound })).toBeVisible();
  await expect(page.getByRole("link", { name: WORDS.fr.findMarket })).toBeVisible();
  await chooseLanguage(context, baseURL, "en");
  expect((await page.goto(unknownSale))?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: WORDS.en.notFound })).toBeVisible();
});

test("[ERRORS] a 404 in the admin and producer spaces offers a space of one's own; an unknown address gets the site's", async ({
  page,
  newPerson,
}) => {
  await signInAs(page, "admin@cabas.test");
  expect((await page.goto("/admin/ce-marche-n-existe-pas"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: WORDS.fr.notFound })).toBeVisible();
  await expect(page.getByRole("link", { name: "Créer un marché" })).toBeVisible();

  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  expect((await producer.goto("/producteur/catalogues/ce-catalogue-n-existe-pas"))?.status()).toBe(404);
  await expect(producer.getByRole("link", { name: "Créer mon compte producteur" })).toBeVisible();

  expect((await page.goto("/nulle-part/vraiment"))?.status()).toBe(404);
  await expect(page.getByRole("link", { name: WORDS.fr.home })).toBeVisible();
  // A catalog number past what the column holds is a plain 404, no longer a database error.
  expect((await page.goto("/catalogues/99999999999"))?.status()).toBe(404);
});
