import { defineConfig, devices } from "@playwright/test";

// Overridable so that several checkouts can run their journeys side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54339);
export const FAKE_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 12111);
export const E2E_CRON_SECRET = "cron-secret-e2e";
// Where the server sends e-mail when a spec calls the deliver-emails cron: a spec listens there to read what
// was delivered (nothing is sent otherwise, and nothing fails while no spec listens).
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? FAKE_STRIPE_PORT + 1);
// The stand-in for the national address service (tests/support/fake-geocoder.ts) that the server geocodes with.
export const FAKE_GEOCODER_PORT = Number(process.env.E2E_GEOCODER_PORT ?? FAKE_STRIPE_PORT + 2);
// What the server writes to stdout (its JSON log lines among it), kept for the specs that read the log.
export const E2E_SERVER_LOG = `.data/e2e-server-${E2E_PORT}.log`;

// The journeys run in Debian's Chromium against `next build && next start` on a fresh embedded database
// (seeded with the demo market), as a production run on this machine (CABAS_LOCAL=1: APP_URL on 127.0.0.1,
// the session secret kept in .data/). Playwright's own browser download cannot work offline.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "phone",
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true },
    },
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/support/fake-stripe-server.ts",
      url: `http://127.0.0.1:${FAKE_STRIPE_PORT}/health`,
      reuseExistingServer: false,
      env: {
        FAKE_STRIPE_PORT: String(FAKE_STRIPE_PORT),
        APP_URL: `http://127.0.0.1:${E2E_PORT}`,
        STRIPE_WEBHOOK_SECRET: "whsec_e2e",
      },
    },
    {
      command: "npx tsx tests/e2e/support/fake-geocoder-server.ts",
      url: `http://127.0.0.1:${FAKE_GEOCODER_PORT}/health`,
      reuseExistingServer: false,
      env: { FAKE_GEOCODER_PORT: String(FAKE_GEOCODER_PORT) },
    },
    {
      command: `rm -rf .data/e2e ${E2E_SERVER_LOG} && mkdir -p .data && npm run build && npx tsx scripts/serve.ts start | tee ${E2E_SERVER_LOG}`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      // The production build alone takes 3 minutes on a quiet 2-core machine; a busy one must not fail the run.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PGLITE_DIR: ".data/e2e",
        EMBEDDED_DB_PORT: String(E2E_DB_PORT),
        PORT: String(E2E_PORT),
        APP_URL: `http://127.0.0.1:${E2E_PORT}`,
        NEXT_TELEMETRY_DISABLED: "1",
        CABAS_LOCAL: "1",
        STRIPE_SECRET_KEY: "sk_test_e2e",
        STRIPE_WEBHOOK_SECRET: "whsec_e2e",
        STRIPE_API_BASE: `http://127.0.0.1:${FAKE_STRIPE_PORT}`,
        GEOCODER_URL: `http://127.0.0.1:${FAKE_GEOCODER_PORT}`,
        CRON_SECRET: E2E_CRON_SECRET,
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}?ignoreTLS=true`,
        // Turns on the routes that throw on purpose (lib/error-test-route.ts), for tests/e2e/errors only.
        ERROR_TEST_ROUTE: "1",
        // The operator's contact shown on the help pages (tests/e2e/help).
        SUPPORT_EMAIL: "aide@cabas.test",
        // Turns on /api/dev/cache, what the page cache holds, for tests/e2e/performance only.
        CACHE_STATS_ROUTE: "1",
      },
    },
  ],
});
