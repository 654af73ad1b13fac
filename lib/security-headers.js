// The security headers of every response, and the two Content-Security-Policies (README, Security): public
// pages, served from Next's cache, get a fixed one from next.config.mjs; the signed-in spaces, rendered per
// request anyway, get one with a fresh nonce from proxy.ts.
// JavaScript with relative imports only: next.config.mjs imports it, and Node runs it as it is.

// The first path segments of the pages only signed-in people use. proxy.ts's matcher lists the same spaces
// (Next reads it as literals); tests/e2e/security/headers.spec.ts checks that the two agree.
export const SIGNED_IN_SPACES = /** @type {const} */ (["compte", "admin", "producteur", "commande", "retrait", "jour"]);

// next.config.mjs `headers()` source for every address outside the signed-in spaces (the root included), in
// either language (English addresses start with /en, lib/i18n/routes.js).
export const OUTSIDE_SIGNED_IN_SPACES = `/:path((?!(?:en/)?(?:${SIGNED_IN_SPACES.join("|")})(?:/|$)).*)`;

/**
 * @typedef {object} PolicyOptions
 * @property {boolean} dev `next dev` only: React rebuilds server error stacks in the browser with eval.
 * @property {string} [nonce] Given: scripts need it ('strict-dynamic' lets the scripts it allowed load Next's
 *   chunks). Absent: inline scripts are allowed, since a page rendered once for everybody cannot carry a
 *   per-request nonce.
 * @property {string[]} [formTargets] Other sites a form's answer may redirect to (see stripeFormTargets).
 */

/**
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function contentSecurityPolicy({ dev, nonce, formTargets = [] }) {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  /** @type {Record<string, string[]>} */
  const directives = {
    "default-src": ["'self'"],
    "script-src": scripts,
    // React's style attributes and the styles components inject cannot carry a nonce (and a nonce here would
    // switch 'unsafe-inline' off).
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The day screen's service worker (public/sw.js): without this, worker-src falls back to script-src, where
    // 'strict-dynamic' ignores 'self' and the registration is refused.
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // Sign-in and every other form post to Cabas itself.
    "form-action": ["'self'", ...formTargets],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

// Stripe's hosted pages (Checkout, Connect onboarding), to which the card payment and payout set-up actions of
// the signed-in spaces redirect. Once the page's scripts run, the client router follows that redirect as a plain
// navigation; but a form sent before they have loaded (a quick tap on a slow phone) is a real form submission,
// and browsers check the redirects of a form submission against form-action too (seen in Chromium: blocked).
// STRIPE_API_BASE points Cabas at the tests' fake Stripe, which serves the checkout page itself.
/**
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @returns {string[]}
 */
export function stripeFormTargets(env = process.env) {
  if (env.STRIPE_API_BASE) return [new URL(env.STRIPE_API_BASE).origin];
  return ["https://checkout.stripe.com", "https://connect.stripe.com"];
}

// Browser features nobody at a market needs are switched off for the page and anything it embeds. The copy
// buttons (catalog numbers and links) write to the clipboard: kept for Cabas itself. Card payments happen
// on Stripe's own page, so the Payment Request API stays off.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "clipboard-write=(self)",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

// Sent with every response (pages, API routes, images, static files).
/**
 * @param {{ production: boolean }} options
 * @returns {{ key: string; value: string }[]}
 */
export function commonSecurityHeaders({ production }) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    // frame-ancestors 'none' for the browsers that predate it.
    { key: "X-Frame-Options", value: "DENY" },
    // Browsers ignore it over plain HTTP, so a local production run on http://127.0.0.1 is not pinned.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

// A fresh, unguessable nonce per request (Web Crypto: proxy.ts may run on either runtime).
/** @returns {string} */
export function createNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}
