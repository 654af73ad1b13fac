import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { confirmEmailChangeAction } from "@/lib/actions/email-change";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { getEmailChangeLink } from "@/lib/domain/user/confirm-email-change";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.confirmEmailChange.title, robots: { index: false, follow: false } };
}

// GET /compte/nouvelle-adresse?token=… — the link sent to the new address. Signed in only (a visitor is sent to
// sign in and comes back here), and opening it changes nothing, since mail scanners open links: the button
// uses it, once, for the account that asked.
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const actor = await loadPageActor(`/compte/nouvelle-adresse?token=${encodeURIComponent(token)}`);
  const { t } = await getMessages();
  const c = t.auth.confirmEmailChange;
  const link = token ? await getEmailChangeLink({ token, viewerId: actor.userId, now: new Date() }) : null;
  const refusal = {
    USED: c.used,
    EXPIRED: c.expired,
    INVALID: c.invalid,
    OTHER_ACCOUNT: c.otherAccount,
  };
  return (
    <AuthCard
      title={c.title}
      intro={link?.status === "OPEN" ? c.intro(link.from, link.to) : undefined}
      footer={
        <Link href="/compte" className="text-leaf-700 underline">
          {c.back}
        </Link>
      }
    >
      {link?.status === "OPEN" ? (
        <ActionForm
          action={confirmEmailChangeAction}
          hidden={{ token }}
          submitLabel={c.submit}
          pendingLabel={t.common.loading}
        />
      ) : (
        <Alert tone="error">{refusal[link?.status ?? "INVALID"]}</Alert>
      )}
    </AuthCard>
  );
}
