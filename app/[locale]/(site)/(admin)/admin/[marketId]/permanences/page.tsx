import Link from "next/link";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { createDutyRoleAction } from "@/lib/actions/logistics";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { listDutyRoles } from "@/lib/domain/duty/list-duty-roles";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export default async function DutyRolesPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const path = `/admin/${marketId}/permanences`;
  const { actor, market } = await loadAdminMarket(marketId, path);
  const { t } = await getMessages();
  const roles = await orNotFound(listDutyRoles({ actor, marketId }));
  const a = t.logistics.admin;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section aria-labelledby="roles">
        <h1 id="roles" className="text-2xl font-bold">
          {a.rolesTitle}
        </h1>
        <p className="mb-2 text-sm text-muted">{a.rolesIntro}</p>
        {roles.length === 0 ? (
          <Card asChild>
            <p>{a.noRoles}</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-2">
            {roles.map((r) => (
              <Card asChild key={r.id}>
                <li className="block p-3">
                  <p className="font-semibold">{r.name}</p>
                  {r.description && <p className="text-sm text-muted">{r.description}</p>}
                </li>
              </Card>
            ))}
          </ul>
        )}
        <Link href={`/m/${market.slug}/permanences`} className="mt-3 inline-block text-leaf-700 underline">
          {a.calendar}
        </Link>
      </section>
      <Card asChild>
        <section aria-labelledby="new-role" className="block">
          <h2 id="new-role" className="mb-2 text-lg font-semibold">
            {a.createRole}
          </h2>
          <ActionForm
            action={createDutyRoleAction}
            hidden={{ marketId, path }}
            submitLabel={a.createRole}
            pendingLabel={t.common.loading}
          >
            <FormField name="name" label={a.roleName} />
            <FormField name="description" label={a.roleDescription} />
          </ActionForm>
        </section>
      </Card>
    </div>
  );
}
