import type { Instrumentation } from "next";

// Next calls this for every error thrown on the server while answering a request (page, server action, route
// handler, proxy): one JSON line on stdout through the app's logger (lib/log.ts), with the request id and the
// digest the error page shows. Loaded only in the Node.js runtime, where pino runs.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, logRequestError } = await import("./lib/log");
  logRequestError(log(), error, request, context);
};
