import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { resetPasswordAction } from "@/lib/actions/auth";
import { safeCallbackPath, withCallback } from "@/lib/actions/form-state";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.reset.title };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; callbackUrl?: string }>;
}) {
  const { t } = await getMessages();
  const params = await searchParams;
  const token = params.token ?? "";
  const callbackUrl = safeCallbackPath(params.callbackUrl ?? null);
  return (
    <AuthCard
      title={t.auth.reset.title}
      footer={
        <Link href={withCallback("/connexion", callbackUrl)} className="text-leaf-700 underline">
          {t.common.nav.signIn}
        </Link>
      }
    >
      <AuthForm
        action={resetPasswordAction}
        hidden={{ token }}
        submitLabel={t.auth.reset.submit}
        pendingLabel={t.common.loading}
        fields={[
          {
            name: "password",
            label: t.auth.fields.password,
            type: "password",
            autoComplete: "new-password",
            hint: t.auth.fields.passwordHint,
          },
        ]}
      />
    </AuthCard>
  );
}
