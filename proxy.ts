// Next 16's successor to middleware.ts, run on Node. It only redirects visitors without a session away from
// account pages; authorization proper happens in every page, server action and route handler.
export { auth as proxy } from "@/lib/auth/auth";

export const config = {
  matcher: ["/compte/:path*", "/admin/:path*", "/producteur/:path*"],
};
