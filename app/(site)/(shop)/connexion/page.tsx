import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { signInAction } from "@/lib/actions/auth";
import { safeCallbackPath } from "@/lib/actions/form-state";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { t } = await getMessages();
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl ?? null);
  const signUpHref =
    callbackUrl === "/" ? "/inscription" : `/inscription?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title={t.auth.signIn.title}
      footer={
        <div className="flex flex-col gap-2">
          <Link href="/mot-de-passe-oublie" className="text-leaf-700 underline">
            {t.auth.signIn.forgot}
          </Link>
          <p>
            {t.auth.signIn.noAccount}{" "}
            <Link href={signUpHref} className="font-semibold text-leaf-700 underline">
              {t.common.nav.signUp}
            </Link>
          </p>
        </div>
      }
    >
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
