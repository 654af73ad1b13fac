import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { confirmEmailAction } from "@/lib/actions/auth";
import { getEmailVerification } from "@/lib/domain/user/confirm-email";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.confirmEmail.title, robots: { index: false, follow: false } };
}

// GET /confirmer-email?token=… — the link of the sign-up e-mail. Opening it changes nothing, since mail scanners
// open links: the button uses it (once), which confirms the address and signs the person in.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getMessages();
  const token = (await searchParams).token ?? "";
  const link = token ? await getEmailVerification({ token, now: new Date() }) : null;
  const c = t.auth.confirmEmail;
  return (
    <AuthCard
      title={c.title}
      intro={link ? c.intro(link.email) : undefined}
      footer={
        <Link href="/connexion" className="text-leaf-700 underline">
          {t.common.nav.signIn}
        </Link>
      }
    >
      {link ? (
        <ActionForm
          action={confirmEmailAction}
          hidden={{ token }}
          submitLabel={c.submit}
          pendingLabel={t.common.loading}
        />
      ) : (
        <Alert tone="error">{c.invalid}</Alert>
      )}
    </AuthCard>
  );
}
