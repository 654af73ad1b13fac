import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeCallbackPath } from "@/lib/actions/form-state";
import { DomainError } from "@/lib/domain/errors";
import { RateLimitedError } from "@/lib/domain/throttle/limits";
import { attemptSignIn } from "@/lib/domain/user/attempt-sign-in";
import { confirmEmail } from "@/lib/domain/user/confirm-email";
import { appUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { emailLinkSchema, signInSchema } from "@/lib/validation/auth";
import { clientIp } from "./client-ip";
import { SIGNED_IN_HINT, SIGNED_IN_HINT_OPTIONS } from "./signed-in-hint";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionVersion: number } & DefaultSession["user"];
  }
  interface User {
    sessionVersion?: number;
  }
}

// Too many attempts: the code (in the sign-in page's address for Auth.js's own endpoint, on the error for the
// form's action) carries the wait in seconds, and nothing about the account.
export class TooManySignIns extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

function callbackUrlOf(form: Record<string, unknown>): string | null {
  return typeof form.callbackUrl === "string" ? form.callbackUrl : null;
}

// The right password of an account whose address is not confirmed yet: a new link was sent.
export class EmailNotVerified extends CredentialsSignin {
  code = "email_not_verified";
}

// Sessions are JWTs carrying the user id only; rights are read from memberships on every request, so a
// revoked right takes effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/connexion" },
  // Auth.js's own errors go to the app's JSON log (lib/log.ts) instead of lines of text on stderr. A refused
  // sign-in (wrong password, too many attempts, address not confirmed) is an answer to the person, not a
  // failure: it is not logged. (Its debug log, off, would carry the form with the password.)
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) log().error({ error }, "auth error");
    },
    warn(code) {
      log().warn({ code }, "auth warning");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Both ways of signing in (the form's action and Auth.js's /api/auth/callback/credentials) come here.
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await attemptSignIn({
            ...parsed.data,
            ip: clientIp(request.headers),
            // The link sent to an unconfirmed address brings the person back where they were going.
            // (Auth.js passes the whole form, which carries it.)
            callbackUrl: safeCallbackPath(callbackUrlOf(raw)),
            appUrl: appUrl(),
            now: new Date(),
          });
        } catch (error) {
          if (error instanceof RateLimitedError) throw new TooManySignIns(error.retryAfterSeconds);
          if (error instanceof DomainError && error.code === "EMAIL_NOT_VERIFIED") throw new EmailNotVerified();
          throw error;
        }
      },
    }),
    // The link e-mailed at sign-up: using it (once) confirms the address and signs the person in. Only the
    // confirmation page's button comes here (lib/actions/auth.ts), never opening the link.
    Credentials({
      id: "email-link",
      credentials: { token: {} },
      async authorize(raw) {
        const parsed = emailLinkSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return (await confirmEmail({ token: parsed.data.token, now: new Date() })).user;
        } catch (error) {
          if (error instanceof DomainError && error.code === "EMAIL_LINK_INVALID") return null;
          throw error;
        }
      },
    }),
  ],
  // The public pages' scripts read whether someone may be signed in from this cookie (signed-in-hint.ts).
  events: {
    async signIn() {
      (await cookies()).set(SIGNED_IN_HINT, "1", SIGNED_IN_HINT_OPTIONS);
    },
    async signOut() {
      (await cookies()).delete(SIGNED_IN_HINT);
    },
  },
  callbacks: {
    // The token carries the user's session version; changing the password raises it, so every token signed
    // before no longer matches (lib/auth/current-user.ts checks it on each request). Only signing in sets it:
    // Auth.js's session update takes data from the browser, which must never revive an old token.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});
