import { Alert } from "@/components/ui/alert";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import { changePasswordAction } from "@/lib/actions/auth";
import type { Messages } from "@/lib/i18n/messages";

export function PasswordSection({ t, changed }: { t: Messages; changed: boolean }) {
  const c = t.auth.changePassword;
  return (
    <Card asChild>
      <section aria-labelledby="password-title">
        <CardTitle asChild>
          <h2 id="password-title">{c.title}</h2>
        </CardTitle>
        <p className="text-sm text-muted">{c.intro}</p>
        {changed && <Alert>{c.done}</Alert>}
        <ActionForm
          action={changePasswordAction}
          submitLabel={c.submit}
          pendingLabel={t.common.loading}
          className="grid gap-3 sm:grid-cols-2"
          submitClassName="self-start sm:col-span-2"
        >
          <FormField name="currentPassword" type="password" label={c.current} autoComplete="current-password" />
          <FormField
            name="newPassword"
            type="password"
            label={c.next}
            autoComplete="new-password"
            hint={t.auth.fields.passwordHint}
          />
        </ActionForm>
      </section>
    </Card>
  );
}
