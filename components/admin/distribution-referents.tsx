import Link from "next/link";
import { nameReferentAction, removeReferentAction } from "@/lib/actions/distribution-day";
import type { listReferents } from "@/lib/domain/referent/list-referents";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormFieldError } from "../ui/action-form";
import { Card, CardDescription, CardTitle } from "../ui/card";
import { Field } from "../ui/field";
import { Select } from "../ui/select";

// « Référents »: who runs this distribution's day screen besides the admins. The distribution's volunteers are
// offered first, with their role.
export function DistributionReferents({
  marketId,
  distributionId,
  people,
  locale,
  t,
}: {
  marketId: string;
  distributionId: string;
  people: Awaited<ReturnType<typeof listReferents>>;
  locale: Locale;
  t: Messages;
}) {
  const r = t.day.referents;
  const hidden = { marketId, distributionId };
  return (
    <Card asChild>
      <section aria-labelledby="referents">
        <CardTitle asChild>
          <h2 id="referents">{r.title}</h2>
        </CardTitle>
        <CardDescription>{r.intro}</CardDescription>
        {people.referents.length === 0 ? (
          <p className="text-sm">{r.none}</p>
        ) : (
          <ul className="flex flex-col gap-1" aria-label={r.title}>
            {people.referents.map((p) => (
              <li key={p.userId} className="flex items-center justify-between gap-2 border-t border-earth-100 pt-1">
                <span className="font-medium">{p.name}</span>
                <ActionForm
                  action={removeReferentAction}
                  hidden={{ ...hidden, userId: p.userId }}
                  submitLabel={r.remove}
                  pendingLabel={t.common.loading}
                  variant="danger"
                  messageAs="toast"
                />
              </li>
            ))}
          </ul>
        )}
        <ActionForm
          action={nameReferentAction}
          hidden={hidden}
          submitLabel={r.name}
          pendingLabel={t.common.loading}
          messageAs="toast"
          className="flex flex-wrap items-end gap-2"
        >
          <Field id="referent-user" label={r.person}>
            <Select name="userId" defaultValue="">
              <option value="" />
              {people.volunteers.length > 0 && (
                <optgroup label={r.volunteers}>
                  {people.volunteers.map((p) => (
                    <option key={p.userId} value={p.userId}>
                      {p.name} — {p.role}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={r.members}>
                {people.members.map((p) => (
                  <option key={p.userId} value={p.userId}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            </Select>
          </Field>
          <FormFieldError name="userId" />
        </ActionForm>
        <Link href={localizedPath(locale, `/jour/${distributionId}`)} className="font-semibold text-leaf-700 underline">
          {r.screen}
        </Link>
      </section>
    </Card>
  );
}
