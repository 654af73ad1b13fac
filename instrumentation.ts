import type { Instrumentation } from "next";

// Next calls this for every error thrown on the server while answering a request (page, server action, route
// handler, proxy): one JSON line on stdout through the app's logger (lib/log.ts), with the request id and the
// digest the error page shows. Loaded only in the Node.js runtime, where pino runs.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, logRequestError } = await import("./lib/log");
  logRequestError(log(), error, request, context);
};

// Runs once as a server starts: `next start` run directly, and each Vercel instance, stop here with the list of
// what to set when a production setting is missing (npm start has checked them in scripts/serve.ts already).
// Throwing instead would leave `next start` listening and answering 500 to every request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/env")).stopWithoutProductionSettings();
}
