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
  // A refused sign-in is a redirect too: only a new session cookie tells that it worked.
  const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  expect(
    setCookies.some((h) => /session-token(\.\d+)?=[^;]/.test(h.value)),
    `signed in as ${email}`,
  ).toBe(true);
}

// Whatever the Content-Security-Policy blocks on any page of a browser context: Chromium reports it as a
// console error, and the page as a `securitypolicyviolation` event, which the init script logs the same way
// (it runs before the page's own scripts and is not subject to the policy).
async function watchContentSecurityPolicy(context: BrowserContext, violations: string[]) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
      console.error(
        `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}${where}`,
      );
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy"))
      violations.push(`${message.page()?.url() ?? "(no page)"}: ${message.text()}`);
  });
}

type Fixtures = {
  // Another person in the same test: a page in a browser context of its own (own cookies), closed with the test.
  newPerson: (options?: BrowserContextOptions) => Promise<Page>;
  // Every spec proves that the security headers break nothing it does: one violation fails it.
  contentSecurityPolicyViolations: string[];
};

export const test = base.extend<Fixtures>({
  contentSecurityPolicyViolations: [
    async ({}, use) => {
      const violations: string[] = [];
      await use(violations);
      expect(violations, "the Content-Security-Policy blocked something on a page").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, contentSecurityPolicyViolations }, use) => {
    await watchContentSecurityPolicy(context, contentSecurityPolicyViolations);
    await use(context);
  },
  newPerson: async ({ browser, contentSecurityPolicyViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      await watchContentSecurityPolicy(context, contentSecurityPolicyViolations);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
export { expect };
