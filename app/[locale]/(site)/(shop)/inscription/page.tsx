import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { PrivacyConsent } from "@/components/auth/privacy-consent";
import { signUpAction } from "@/lib/actions/auth";
import { safeCallbackPath, withCallback } from "@/lib/actions/form-state";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.signUp.title };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { t } = await getMessages();
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl ?? null);
  const f = t.auth.fields;
  return (
    <AuthCard
      title={t.auth.signUp.title}
      intro={t.auth.signUp.intro}
      footer={
        <p>
          {t.auth.signUp.haveAccount}{" "}
          <Link href={withCallback("/connexion", callbackUrl)} className="font-semibold text-leaf-700 underline">
            {t.common.nav.signIn}
          </Link>
        </p>
      }
    >
      <AuthForm
        action={signUpAction}
        hidden={{ callbackUrl }}
        submitLabel={t.auth.signUp.submit}
        pendingLabel={t.common.loading}
        fields={[
          { name: "firstName", label: f.firstName, autoComplete: "given-name" },
          { name: "lastName", label: f.lastName, autoComplete: "family-name" },
          { name: "email", label: f.email, type: "email", autoComplete: "email" },
          { name: "password", label: f.password, type: "password", autoComplete: "new-password", hint: f.passwordHint },
        ]}
      >
        <PrivacyConsent t={t} />
      </AuthForm>
    </AuthCard>
  );
}
