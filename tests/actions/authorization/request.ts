// What Next gives a server action or a route handler from the request, stood in for so that the real ones run
// in Vitest: who is signed in (the session Auth.js would read from the cookie), the request's headers and
// cookies (those set are kept: a sign-in sets the session's), and the cache calls that need Next's request
// store. Each matrix test file mocks the modules with these (vi.mock is hoisted per file).
export const request = {
  userId: null as string | null,
  locale: "fr",
  cookiesSet: new Map<string, string>(),
};

type CookieToSet = { name: string; value: string };

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (name === "cabas-locale" ? { name, value: request.locale } : undefined),
    getAll: () => [],
    has: () => false,
    set: (cookie: string | CookieToSet, value?: string) => {
      if (typeof cookie === "string") request.cookiesSet.set(cookie, value ?? "");
      else request.cookiesSet.set(cookie.name, cookie.value);
    },
    delete: () => undefined,
  }),
  headers: async () => new Headers({ host: "cabas.test" }),
};

export const currentUser = {
  currentUserId: async () => request.userId,
  // The world's users have never changed their password: their sessions are at version 0.
  currentSession: async () => request.userId && { userId: request.userId, sessionVersion: 0 },
};

const nothing = () => undefined;
export const nextCache = {
  refresh: nothing,
  revalidatePath: nothing,
  revalidateTag: nothing,
  updateTag: nothing,
  unstable_cache:
    <T>(fn: () => Promise<T>) =>
    () =>
      fn(),
};

// The session cookie Auth.js set while answering, if any.
export const sessionCookieSet = () => [...request.cookiesSet.keys()].some((name) => name.endsWith("session-token"));
