// Next 16's successor to middleware.ts, run on Node. Two jobs, neither of them authorization (that happens in
// every page, server action and route handler): visitors without a session are redirected away from account
// pages (Auth.js's `authorized` callback), and sent to the cached showcase of a shop (lib/shop-showcase.ts).
import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { showcaseRewrite } from "@/lib/shop-showcase";

const ACCOUNT_PAGES = /^\/(compte|admin|producteur)(\/|$)/;
// Presence is enough here: a stale session sees the live page, signed out, which is what it would see anyway.
// Auth.js is not run on shop requests: it would decode the token and set cookies on a cacheable response.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Auth.js called as Next calls a middleware, so that its `authorized` callback redirects (auth(handler) would
// hand the decision to the handler instead); its types only describe the wrapping form.
const accountProxy = auth as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  if (ACCOUNT_PAGES.test(request.nextUrl.pathname)) return accountProxy(request, event);
  if (request.method !== "GET" && request.method !== "HEAD") return;
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return;
  const target = showcaseRewrite({
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    cookieLocale: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  return target ? NextResponse.rewrite(new URL(target, request.url)) : undefined;
}

export const config = {
  matcher: ["/compte/:path*", "/admin/:path*", "/producteur/:path*", "/m/:slug/distributions/:distributionId"],
};
