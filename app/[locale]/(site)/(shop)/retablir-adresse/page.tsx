import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { Alert } from "@/components/ui/alert";
import { revertEmailChangeAction } from "@/lib/actions/email-change";
import { getEmailChangeRevert } from "@/lib/domain/user/revert-email-change";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.revertEmailChange.title, robots: { index: false, follow: false } };
}

// GET /retablir-adresse?token=… — the « it was not me » link sent to the old address after a change. Opening it
// changes nothing; its form puts the old address back with a new password.
export default async function RevertEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getMessages();
  const token = (await searchParams).token ?? "";
  const revert = token ? await getEmailChangeRevert({ token, now: new Date() }) : null;
  const r = t.auth.revertEmailChange;
  return (
    <AuthCard
      title={r.title}
      intro={revert ? r.intro(revert.email) : undefined}
      footer={
        <Link href="/connexion" className="text-leaf-700 underline">
          {t.common.nav.signIn}
        </Link>
      }
    >
      {revert ? (
        <AuthForm
          action={revertEmailChangeAction}
          hidden={{ token }}
          submitLabel={r.submit}
          pendingLabel={t.common.loading}
          fields={[
            {
              name: "password",
              label: t.auth.reset.title,
              type: "password",
              autoComplete: "new-password",
              hint: t.auth.fields.passwordHint,
            },
          ]}
        />
      ) : (
        <Alert tone="error">{r.invalid}</Alert>
      )}
    </AuthCard>
  );
}
