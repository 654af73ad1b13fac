import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

// The app's one logger: one JSON object per line on stdout ({"level":"error","time":"…","msg":"…",…}), at
// LOG_LEVEL (default info). No transport: pino's transports run in worker threads whose files a bundler loses
// (pino is in next.config.mjs's serverExternalPackages for the same reason). Tests pass their own destination.
export function createLogger(destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { error: pino.stdSerializers.err },
  };
  return destination ? pino(options, destination) : pino(options);
}

const holder = globalThis as unknown as { cabasLog?: Logger };

export function log(): Logger {
  holder.cabasLog ??= createLogger();
  return holder.cabasLog;
}

// A request id a proxy or load balancer may send; anything longer or odder is replaced, not logged.
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers["x-request-id"];
  const value = Array.isArray(given) ? given[0] : given;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

// What instrumentation.ts's onRequestError receives, as far as the log line needs it.
export type FailedRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
export type FailedRequestContext = { routePath: string; routeType: string; renderSource?: string };

// One line per request that failed on the server. `digest` is the reference the error page shows (Next gives
// the browser nothing else of the error), so a person quoting it leads to this line. The query string is left
// out: it may carry a token (password reset, catalog share key).
export function logRequestError(
  logger: Logger,
  error: unknown,
  request: FailedRequest,
  context: FailedRequestContext,
): string {
  const requestId = requestIdFrom(request.headers);
  const digest = (error as { digest?: unknown } | null)?.digest;
  logger.error(
    {
      requestId,
      digest: typeof digest === "string" ? digest : undefined,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
      error,
    },
    "request failed",
  );
  return requestId;
}

// One line per item a scheduled job could not handle (it stays due and is tried again on the next run).
// `item` names what failed (« distribution », « email », « payout »…) and `itemId` its row.
export function logJobItemFailure(
  logger: Logger,
  failure: { job: string; item: string; itemId: string; error: unknown },
) {
  logger.error(failure, "scheduled job item failed");
}
