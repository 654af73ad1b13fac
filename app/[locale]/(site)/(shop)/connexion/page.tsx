import { Alert } from "@/components/ui/alert";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { signInAction } from "@/lib/actions/auth";
import { safeCallbackPath, withCallback } from "@/lib/actions/form-state";
import { RateLimitedError } from "@/lib/domain/throttle/limits";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/page";
import { translateError } from "@/lib/i18n/translate-error";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.signIn.title };
}

// Auth.js's own endpoint sends a refused sign-in back here with ?error=CredentialsSignin&code=…
function refusal(code: string | undefined, t: Messages): string | null {
  const waited = /^rate_limited:(\d+)$/.exec(code ?? "");
  if (waited) {
    const refusal = new RateLimitedError(Number(waited[1]));
    return translateError(t, refusal.code, refusal.params);
  }
  if (code === "email_not_verified") return t.auth.errors.emailNotVerified;
  return code ? t.auth.errors.invalidCredentials : null;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; code?: string }>;
}) {
  const { t } = await getMessages();
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl ?? null);
  const refused = refusal(params.code, t);
  return (
    <AuthCard
      title={t.auth.signIn.title}
      footer={
        <div className="flex flex-col gap-2">
          <Link href={withCallback("/mot-de-passe-oublie", callbackUrl)} className="text-leaf-700 underline">
            {t.auth.signIn.forgot}
          </Link>
          <p>
            {t.auth.signIn.noAccount}{" "}
            <Link href={withCallback("/inscription", callbackUrl)} className="font-semibold text-leaf-700 underline">
              {t.common.nav.signUp}
            </Link>
          </p>
        </div>
      }
    >
      {refused && (
        <Alert tone="error" className="mb-3">
          {refused}
        </Alert>
      )}
      <AuthForm
        action={signInAction}
        hidden={{ callbackUrl }}
        submitLabel={t.auth.signIn.submit}
        pendingLabel={t.common.loading}
        fields={[
          { name: "email", label: t.auth.fields.email, type: "email", autoComplete: "email" },
          { name: "password", label: t.auth.fields.password, type: "password", autoComplete: "current-password" },
        ]}
      />
    </AuthCard>
  );
}
