import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { forgotPasswordAction } from "@/lib/actions/auth";
import { safeCallbackPath } from "@/lib/actions/form-state";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.forgot.title };
}

// The reset link e-mailed carries `callbackUrl`, so that signing in with the new password goes back to the
// page the person came from (the market's shared link, most often).
export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { t } = await getMessages();
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl ?? null);
  return (
    <AuthCard title={t.auth.forgot.title} intro={t.auth.forgot.intro}>
      <AuthForm
        action={forgotPasswordAction}
        hidden={{ callbackUrl }}
        submitLabel={t.auth.forgot.submit}
        pendingLabel={t.common.loading}
        fields={[{ name: "email", label: t.auth.fields.email, type: "email", autoComplete: "email" }]}
      />
    </AuthCard>
  );
}
