import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";
import { localeOfPath, localizedPath, unlocalizedPath } from "@/lib/i18n/locales";
import { contentSecurityPolicy, createNonce, stripeFormTargets } from "@/lib/security-headers";

// Next 16's successor to middleware.ts, run on Node, on the signed-in spaces only: public pages are served from
// Next's cache and get their headers from next.config.mjs (running the proxy there halved the shop's throughput,
// README, Performance). Here every request gets a Content-Security-Policy with a fresh nonce, which Next reads
// from the request's copy of the header and puts on the scripts it renders; visitors without a session are sent
// from account pages to the sign-in page, an optimistic redirect only: every page, server action and route
// handler checks access itself.
export const proxy = auth((request) => {
  const nonce = createNonce();
  const dev = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({ dev, nonce, formTargets: stripeFormTargets() });
  let response: NextResponse;
  const { pathname } = request.nextUrl;
  if (!request.auth?.user && needsAccount(unlocalizedPath(pathname))) {
    const signIn = new URL(localizedPath(localeOfPath(pathname), "/connexion"), request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    // For a component that has to pass the nonce on itself (a next/script tag, say), as Next's CSP guide reads it.
    headers.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

function needsAccount(pathname: string): boolean {
  return ["/compte", "/admin", "/producteur", "/jour"].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// The spaces of SIGNED_IN_SPACES (lib/security-headers.js), in both languages, written out because Next reads the
// matcher as literals.
export const config = {
  matcher: [
    "/compte/:path*",
    "/admin/:path*",
    "/producteur/:path*",
    "/commande/:path*",
    "/retrait/:path*",
    "/jour/:path*",
    "/en/compte/:path*",
    "/en/admin/:path*",
    "/en/producteur/:path*",
    "/en/commande/:path*",
    "/en/retrait/:path*",
    "/en/jour/:path*",
  ],
};
