import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { acceptInvitationAction } from "@/lib/actions/admin";
import { currentUserId } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getInvitationOrThrow } from "@/lib/domain/member/invite-member";
import { getMessages } from "@/lib/i18n/page";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getMessages();
  const userId = await currentUserId();
  const invitation = await orNotFound(getInvitationOrThrow({ token, viewerId: userId, now: new Date() }));
  const i = t.admin.invitation;
  const back = encodeURIComponent(`/invitation/${token}`);
  return (
    <Card className="mx-auto max-w-md gap-4 p-6">
      <h1 className="text-xl font-bold">{i.title(invitation.market.name)}</h1>
      <p className="text-sm text-muted">{i.sentTo(invitation.email)}</p>
      {invitation.status !== "OPEN" ? (
        <p role="status" className="rounded-md bg-earth-100 p-3 text-sm">
          {i.refused[invitation.status]}
        </p>
      ) : userId ? (
        <ActionForm
          action={acceptInvitationAction}
          hidden={{ token }}
          submitLabel={i.accept}
          pendingLabel={t.common.loading}
        />
      ) : (
        <div className="flex flex-col gap-2">
          <Button asChild>
            <Link href={`/inscription?callbackUrl=${back}`}>{i.signUp}</Link>
          </Button>
          <Link href={`/connexion?callbackUrl=${back}`} className="text-center text-leaf-700 underline">
            {i.signIn}
          </Link>
        </div>
      )}
    </Card>
  );
}
