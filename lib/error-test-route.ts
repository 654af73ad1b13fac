import { notFound } from "next/navigation";
import { connection } from "next/server";

// GET /dev/erreur and /en/dev/erreur throw on purpose, so that the end-to-end tests can see the
// error pages and the log line of a production server (tests/e2e/errors). They exist only when
// ERROR_TEST_ROUTE=1, which playwright.config.ts sets for its own `next start`; anywhere else they are a 404,
// decided per request (never at build time).
export async function throwForErrorTest(): Promise<never> {
  await connection();
  if (process.env.ERROR_TEST_ROUTE !== "1") notFound();
  throw new Error("Deliberate error of the error-page test route (ERROR_TEST_ROUTE=1)");
}
