// A cookie the browser's scripts can read that says someone may be signed in: the session cookie itself is
// httpOnly, and a public page without managed stock asks for its personal view only when this is set
// (components/personal/personal.tsx), so that a visitor's page view is the cached page alone. It proves nothing
// and carries nothing: set when someone signs in (lib/auth/auth.ts) or when a session is met without it
// (proxy.ts, app/api/personal), dropped on signing out or when the personal view finds no session. A stale one
// costs one request; a missing one hides a signed-in person's links on such a page until the next of those.
export const SIGNED_IN_HINT = "cabas-signed-in";

// Longer than a session lasts (Auth.js's 30 days, rolled by proxy.ts), so that it is never missing while one is
// valid.
export const SIGNED_IN_HINT_OPTIONS = { path: "/", maxAge: 400 * 24 * 60 * 60, sameSite: "lax" } as const;
