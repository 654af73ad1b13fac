import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const resolve = { alias: { "@": root.replace(/\/$/, ""), "server-only": `${root}tests/support/empty-module.ts` } };
// Signs e-mails' unsubscribe links, as in the app. The address service is a closed local port, so that the server
// actions under test never reach the real one (their addresses stay to be geocoded); the geocoding tests start
// their own stub (tests/support/fake-geocoder.ts).
const env = { AUTH_SECRET: "vitest-auth-secret-vitest-auth-secret", GEOCODER_URL: "http://127.0.0.1:9" };

// Two projects so that rules which need no database run in seconds: `unit` starts nothing, `db` gives each
// file its own embedded PostgreSQL with the real migrations (and the race tests a real PostgreSQL server).
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], pool: "threads", env },
      },
      {
        resolve,
        test: {
          name: "db",
          include: ["tests/domain/**/*.test.ts", "tests/actions/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database.ts"],
          // next-auth imports « next/server » without its extension, which Node's own loader refuses: Vite
          // resolves it (tests/actions load the real server actions, Auth.js's module included).
          server: { deps: { inline: ["next-auth"] } },
          pool: "forks",
          env,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
