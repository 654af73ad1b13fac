import { test as base, type BrowserContext, type BrowserContextOptions, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "cabas-demo";

// Signs in through Auth.js's own endpoints (CSRF token, then credentials), not the login form, which has
// its own spec.
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
}

// Another person in the same test: a page in a browser context of its own (own cookies), closed with the test.
export const test = base.extend<{ newPerson: (options?: BrowserContextOptions) => Promise<Page> }>({
  newPerson: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
export { expect };
