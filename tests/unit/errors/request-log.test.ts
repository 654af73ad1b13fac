import { describe, expect, it } from "vitest";
import { logJobItemFailure, logRequestError, requestIdFrom } from "@/lib/log";
import { captureLog } from "../../support/capture-log";

// What instrumentation.ts's onRequestError hands to lib/log for a page that threw.
const failed = (headers: Record<string, string>, path = "/m/bellefontaine") => ({ method: "GET", path, headers });
const context = { routePath: "/(site)/(shop)/m/[slug]", routeType: "render", renderSource: "react-server-components" };

describe("the request error log line", () => {
  it("is one JSON object with level, message, request id, digest, route and the error", () => {
    const { logger, lines, entries } = captureLog();
    const error = Object.assign(new TypeError("Cannot read properties of null"), { digest: "2384756" });
    expect(logRequestError(logger, error, failed({ "x-request-id": "req-42" }), context)).toBe("req-42");
    expect(lines).toHaveLength(1);
    expect(entries()[0]).toEqual({
      level: "error",
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      msg: "request failed",
      requestId: "req-42",
      digest: "2384756",
      method: "GET",
      path: "/m/bellefontaine",
      route: "/(site)/(shop)/m/[slug]",
      routeType: "render",
      renderSource: "react-server-components",
      error: expect.objectContaining({
        type: "TypeError",
        message: "Cannot read properties of null",
        stack: expect.any(String),
      }),
    });
  });

  it("makes up a request id when none came, or when the one that came is not one", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(requestIdFrom({})).toMatch(uuid);
    expect(requestIdFrom({ "x-request-id": "a b\n{}" })).toMatch(uuid);
    expect(requestIdFrom({ "x-request-id": "x".repeat(129) })).toMatch(uuid);
    expect(requestIdFrom({ "x-request-id": ["lb-1", "lb-2"] })).toBe("lb-1");
    expect(requestIdFrom({ "x-request-id": "7f3c2a10-3b1e-4a7a-9d0f-1c2b3a4d5e6f" })).toBe(
      "7f3c2a10-3b1e-4a7a-9d0f-1c2b3a4d5e6f",
    );
  });

  it("leaves the query string out of the path (it may carry a reset token or a share key)", () => {
    const { logger, entries } = captureLog();
    logRequestError(logger, new Error("x"), failed({}, "/reinitialiser-mot-de-passe?token=secret"), context);
    expect(entries()[0].path).toBe("/reinitialiser-mot-de-passe");
    expect(JSON.stringify(entries()[0])).not.toContain("secret");
  });

  it("a scheduled job's failed item is one line with the job, the item and its id, and the error", () => {
    const { logger, lines, entries } = captureLog();
    logJobItemFailure(logger, { job: "payouts", item: "payout", itemId: "po_1", error: new Error("refused") });
    expect(lines).toHaveLength(1);
    expect(entries()[0]).toMatchObject({
      level: "error",
      msg: "scheduled job item failed",
      job: "payouts",
      item: "payout",
      itemId: "po_1",
      error: { type: "Error", message: "refused" },
    });
  });
});
