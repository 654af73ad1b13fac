import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import {
  commonSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  OUTSIDE_SIGNED_IN_SPACES,
  SIGNED_IN_SPACES,
  stripeFormTargets,
} from "@/lib/security-headers";

function directive(policy: string, name: string): string[] | undefined {
  return policy
    .split("; ")
    .map((part) => part.split(" "))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1);
}

describe("Content-Security-Policy", () => {
  it("without a nonce (public cached pages) allows inline scripts, and eval in development only", () => {
    expect(directive(contentSecurityPolicy({ dev: false }), "script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(contentSecurityPolicy({ dev: true }), "script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
  });

  it("with a nonce (signed-in spaces) allows only scripts that carry it, and those they load", () => {
    const policy = contentSecurityPolicy({ dev: false, nonce: "abc123" });
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(directive(contentSecurityPolicy({ dev: true, nonce: "abc123" }), "script-src")).toContain("'unsafe-eval'");
  });

  it.each([{ nonce: undefined }, { nonce: "abc123" }])("locks everything else down (nonce: $nonce)", ({ nonce }) => {
    const policy = contentSecurityPolicy({ dev: false, nonce });
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'self'"]);
    expect(directive(policy, "form-action")).toEqual(["'self'"]);
    expect(directive(policy, "connect-src")).toEqual(["'self'"]);
    // The day screen's service worker, from Cabas itself only ('self' alone would be ignored beside a nonce).
    expect(directive(policy, "worker-src")).toEqual(["'self'"]);
    expect(directive(policy, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    // A nonce in style-src would switch 'unsafe-inline' off, which React's style attributes need.
    expect(directive(policy, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("lets forms go on to Stripe's hosted pages only when asked (the signed-in spaces' payment actions)", () => {
    expect(
      directive(contentSecurityPolicy({ dev: false, nonce: "n", formTargets: stripeFormTargets({}) }), "form-action"),
    ).toEqual(["'self'", "https://checkout.stripe.com", "https://connect.stripe.com"]);
    expect(stripeFormTargets({ STRIPE_API_BASE: "http://127.0.0.1:12111/" })).toEqual(["http://127.0.0.1:12111"]);
  });

  it("gets a different nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("the addresses that get the public policy from next.config.mjs", () => {
  const matches = getPathMatch(OUTSIDE_SIGNED_IN_SPACES, { strict: true, removeUnnamedParams: true });

  it.each([
    "/",
    "/en",
    "/m/bellefontaine",
    "/en/m/bellefontaine",
    "/m/bellefontaine/distributions/abc",
    "/connexion",
    "/en/connexion",
    "/api/health",
    "/comptes",
    "/en/comptes",
  ])("%s is public", (path) => expect(matches(path)).not.toBe(false));

  it.each(
    SIGNED_IN_SPACES.flatMap((space) =>
      ["", "/en"].flatMap((prefix) => [
        `${prefix}/${space}`,
        `${prefix}/${space}/`,
        `${prefix}/${space}/anything/deeper`,
      ]),
    ),
  )("%s is left to proxy.ts", (path) => expect(matches(path)).toBe(false));
});

describe("headers on every response", () => {
  it("pin HTTPS in production only", () => {
    const keys = (production: boolean) => commonSecurityHeaders({ production }).map((header) => header.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(keys(false)).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]);
  });
});
