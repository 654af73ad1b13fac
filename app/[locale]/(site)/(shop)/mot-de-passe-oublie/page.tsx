import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { forgotPasswordAction } from "@/lib/actions/auth";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { t } = await getMessages();
  return (
    <AuthCard title={t.auth.forgot.title} intro={t.auth.forgot.intro}>
      <AuthForm
        action={forgotPasswordAction}
        submitLabel={t.auth.forgot.submit}
        pendingLabel={t.common.loading}
        fields={[{ name: "email", label: t.auth.fields.email, type: "email", autoComplete: "email" }]}
      />
    </AuthCard>
  );
}
