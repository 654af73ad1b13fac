import { ActionForm, FormField } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { deleteAccountAction } from "@/lib/actions/auth";
import type { Messages } from "@/lib/i18n/messages";

// « Mes données »: the RGPD rights a person exercises alone, downloading everything and deleting the account.
export function PersonalDataSection({ t }: { t: Messages }) {
  const a = t.privacy.account;
  return (
    <Card asChild>
      <section aria-labelledby="data-title">
        <CardTitle asChild>
          <h2 id="data-title">{a.title}</h2>
        </CardTitle>
        <p className="text-sm text-muted">{a.intro}</p>
        <Button asChild variant="outline" className="self-start">
          <a href="/api/exports/personal-data" download>
            {a.download}
          </a>
        </Button>
        <h3 className="mt-2 font-semibold">{a.deleteTitle}</h3>
        <p className="text-sm">{a.deleteIntro}</p>
        <ActionForm
          action={deleteAccountAction}
          submitLabel={a.delete}
          pendingLabel={t.common.loading}
          variant="danger"
          submitClassName="self-start"
          confirm={{ title: a.deleteTitle, description: a.deleteIntro, cancelLabel: t.common.cancel }}
        >
          <FormField name="password" type="password" label={a.password} autoComplete="current-password" />
        </ActionForm>
      </section>
    </Card>
  );
}
