import { ActionForm, FormChoice, FormField } from "@/components/ui/action-form";
import { CsvImport } from "@/components/ui/csv-import";
import {
  importMembersAction,
  inviteMemberAction,
  removeMemberAction,
  setMemberRightsAction,
} from "@/lib/actions/admin";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listMembers } from "@/lib/domain/member/list-members";
import { getMessages } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";

const RIGHTS = ["isAdmin", "canManageCatalogs", "canManageMembers", "canManageMessages"] as const;

export default async function MembersAdminPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/membres`);
  const { locale, t } = await getMessages();
  const members = await orNotFound(listMembers({ actor, marketId }));
  const m = t.admin.members;
  const g = t.admin.manage;
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <section aria-labelledby="members">
        <h1 id="members" className="mb-2 text-2xl font-bold">
          {m.title} ({members.length})
        </h1>
        {members.length === 0 ? (
          <p className="rounded-lg bg-white p-4">{m.none}</p>
        ) : (
          <table className="w-full rounded-lg bg-white text-sm shadow-sm">
            <thead>
              <tr className="border-b border-earth-100 text-left">
                <th className="p-2">{m.name}</th>
                <th className="p-2">{m.email}</th>
                <th className="p-2">{m.phone}</th>
                <th className="p-2 text-right">{m.balance}</th>
                <th className="p-2">{m.rights}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr
                  key={member.user.id}
                  className="border-b border-earth-100 align-top"
                  data-member={member.user.email}
                >
                  <td className="p-2 font-medium">
                    {member.user.lastName.toUpperCase()} {member.user.firstName}
                  </td>
                  <td className="p-2">{member.user.email}</td>
                  <td className="p-2">{member.user.phone}</td>
                  <td className={`p-2 text-right font-semibold ${member.balanceCents < 0 ? "text-red-800" : ""}`}>
                    {formatMoney(member.balanceCents, locale)}
                  </td>
                  <td className="p-2">
                    <div className="flex flex-wrap items-start gap-2">
                      <ActionForm
                        action={setMemberRightsAction}
                        hidden={{ marketId, userId: member.user.id }}
                        submitLabel={g.save}
                        pendingLabel={t.common.loading}
                        variant="secondary"
                        className="flex flex-wrap items-center gap-2"
                      >
                        {RIGHTS.map((right) => (
                          <label key={right} className="flex items-center gap-1">
                            <FormChoice
                              type="checkbox"
                              name={right}
                              defaultChecked={member[right]}
                              className="h-4 w-4"
                            />
                            {g.rights[right]}
                          </label>
                        ))}
                      </ActionForm>
                      <ActionForm
                        action={removeMemberAction}
                        hidden={{ marketId, userId: member.user.id }}
                        submitLabel={g.remove}
                        pendingLabel={t.common.loading}
                        variant="danger"
                        className="flex flex-col gap-1"
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="flex flex-col gap-4">
        <section aria-labelledby="invite" className="self-start rounded-xl bg-white p-4 shadow-sm">
          <h2 id="invite" className="mb-2 text-lg font-semibold">
            {g.invite}
          </h2>
          <ActionForm
            action={inviteMemberAction}
            hidden={{ marketId }}
            submitLabel={g.send}
            pendingLabel={t.common.loading}
          >
            <FormField name="email" type="email" label={g.email} />
          </ActionForm>
        </section>
        <section aria-labelledby="import" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="import" className="mb-2 text-lg font-semibold">
            {t.admin.importCsv.title}
          </h2>
          <CsvImport
            action={importMembersAction}
            hidden={{ marketId }}
            labels={{
              field: t.admin.importCsv.field,
              preview: t.admin.importCsv.preview,
              import: t.admin.importCsv.importAll,
              line: t.admin.importCsv.line,
              ok: t.admin.importCsv.ok,
              pending: t.common.loading,
            }}
          />
        </section>
      </div>
    </div>
  );
}
