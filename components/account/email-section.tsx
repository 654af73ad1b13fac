import { Alert } from "@/components/ui/alert";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import { requestEmailChangeAction } from "@/lib/actions/email-change";
import type { Messages } from "@/lib/i18n/messages";

// « Adresse e-mail »: the address one signs in with, and changing it through a link sent to the new one.
export function EmailSection({
  t,
  email,
  pendingEmail,
  changed,
}: {
  t: Messages;
  email: string;
  pendingEmail: string | null;
  changed: boolean;
}) {
  const c = t.auth.changeEmail;
  return (
    <Card asChild>
      <section aria-labelledby="email-title">
        <CardTitle asChild>
          <h2 id="email-title">{c.title}</h2>
        </CardTitle>
        {changed ? <Alert>{c.done(email)}</Alert> : <p>{c.current(email)}</p>}
        <p className="text-sm text-muted">{c.intro}</p>
        {pendingEmail && <p className="text-sm">{c.pending(pendingEmail)}</p>}
        <ActionForm
          action={requestEmailChangeAction}
          submitLabel={c.submit}
          pendingLabel={t.common.loading}
          className="grid gap-3 sm:grid-cols-2"
          submitClassName="self-start sm:col-span-2"
        >
          <FormField name="newEmail" type="email" label={c.newEmail} autoComplete="email" />
          <FormField name="currentPassword" type="password" label={c.password} autoComplete="current-password" />
        </ActionForm>
      </section>
    </Card>
  );
}
