import Link from "next/link";
import { TransferSearch } from "@/components/admin/transfer-search";
import { ActionForm, FormChoice, FormField } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CsvImport } from "@/components/ui/csv-import";
import { ListFilters } from "@/components/ui/list-filters";
import { SortableHead } from "@/components/ui/sortable-head";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import {
  importMembersAction,
  inviteMemberAction,
  removeMemberAction,
  setMemberRightsAction,
} from "@/lib/actions/admin";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { hasMarketRight } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { listMembers } from "@/lib/domain/member/list-members";
import { findBasketsByReference } from "@/lib/domain/payment/find-baskets-by-reference";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { matchesText, parseListQuery, sortLink, sortRows } from "@/lib/list-query";
import { translateError } from "@/lib/i18n/translate-error";
import { formatMoney } from "@/lib/money";

const RIGHTS = ["isAdmin", "canManageCatalogs", "canManageMembers", "canManageMessages"] as const;
const SORTS = ["nom", "email", "solde"] as const;
const FILTERS = ["admins", "dette"] as const;

export default async function MembersAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ marketId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { marketId } = await params;
  const path = `/admin/${marketId}/membres`;
  const actor = await loadPageActor(path);
  const { locale, t } = await getMessages();
  const members = await orNotFound(listMembers({ actor, marketId }));
  // Money is the market admins' own: members managers see balances, not the forms that move them.
  const handlesMoney = hasMarketRight(actor, marketId, "admin");
  const requested = await searchParams;
  const reference = typeof requested.reference === "string" ? requested.reference : undefined;
  const search = handlesMoney && reference !== undefined ? await searchTransfer(reference) : null;
  const query = parseListQuery(requested, { columns: SORTS, filters: FILTERS, defaultSort: "nom" });
  const shown = sortRows(
    members.filter(
      (member) =>
        matchesText(query.text, [member.user.firstName, member.user.lastName, member.user.email, member.user.phone]) &&
        (query.filter !== "admins" || member.isAdmin) &&
        (query.filter !== "dette" || member.balanceCents < 0),
    ),
    (member) =>
      query.sort === "solde"
        ? member.balanceCents
        : query.sort === "email"
          ? member.user.email
          : `${member.user.lastName} ${member.user.firstName}`,
    query.direction,
    locale,
  );
  const head = (column: (typeof SORTS)[number]) => sortLink(localizedPath(locale, path), query, column, "nom");

  async function searchTransfer(text: string) {
    try {
      return { text, baskets: await findBasketsByReference({ actor, marketId, text }) };
    } catch (error) {
      if (error instanceof DomainError) return { text, error: translateError(t, error.code, error.params, locale) };
      throw error;
    }
  }
  const m = t.admin.members;
  const g = t.admin.manage;
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <section aria-labelledby="members" className="min-w-0">
        <h1 id="members" className="mb-2 text-2xl font-bold">
          {m.title} ({t.common.list.shown(shown.length, members.length)})
        </h1>
        {members.length === 0 ? (
          <Card>
            <p>{m.none}</p>
          </Card>
        ) : (
          <div className="flex flex-col gap-3">
            <ListFilters
              id="membres"
              path={localizedPath(locale, path)}
              text={query.text}
              filter={query.filter}
              filters={[
                ["admins", t.admin.lists.members.admins],
                ["dette", t.admin.lists.members.debt],
              ]}
              sort={query.sort}
              sorts={[
                ["nom", m.name],
                ["email", m.email],
                ["solde", m.balance],
              ]}
              direction={query.direction}
              labels={t.common.list}
            />
            {shown.length === 0 && (
              <Card>
                <p>{t.common.list.noMatch}</p>
              </Card>
            )}
            <Table>
              <TableHeader>
                <TableRow>
                  <SortableHead {...head("nom")}>{m.name}</SortableHead>
                  <SortableHead {...head("email")}>{m.email}</SortableHead>
                  <TableHead>{m.phone}</TableHead>
                  <SortableHead {...head("solde")} className="text-right">
                    {m.balance}
                  </SortableHead>
                  <TableHead>{m.rights}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((member) => (
                  <TableRow key={member.user.id} data-member={member.user.email}>
                    <TableCell className="font-medium max-sm:text-base">
                      <span className="inline-flex flex-wrap items-center gap-x-2">
                        {member.user.lastName.toUpperCase()} {member.user.firstName}
                        {member.isAdmin && <Badge variant="success">{m.admin}</Badge>}
                      </span>
                    </TableCell>
                    <TableCell label={m.email} className="max-sm:break-all">
                      {member.user.email}
                    </TableCell>
                    <TableCell label={m.phone} className="whitespace-nowrap">
                      {member.user.phone}
                    </TableCell>
                    <TableCell
                      label={m.balance}
                      className={`text-right font-semibold ${member.balanceCents < 0 ? "text-red-800" : ""}`}
                    >
                      {handlesMoney ? (
                        <Link
                          href={`${path}/${member.user.id}`}
                          className="underline underline-offset-2"
                          aria-label={`${formatMoney(member.balanceCents, locale)} — ${t.payments.member.open(`${member.user.firstName} ${member.user.lastName}`)}`}
                        >
                          {formatMoney(member.balanceCents, locale)}
                        </Link>
                      ) : (
                        formatMoney(member.balanceCents, locale)
                      )}
                    </TableCell>
                    <TableCell label={m.rights} className="max-sm:mt-2 max-sm:flex-col max-sm:gap-1">
                      <div className="flex flex-wrap items-start gap-2">
                        <ActionForm
                          action={setMemberRightsAction}
                          hidden={{ marketId, userId: member.user.id }}
                          submitLabel={g.save}
                          pendingLabel={t.common.loading}
                          variant="secondary"
                          className="flex flex-wrap items-center gap-x-3 gap-y-2"
                        >
                          {RIGHTS.map((right) => (
                            <FormChoice
                              key={right}
                              type="checkbox"
                              name={right}
                              label={g.rights[right]}
                              defaultChecked={member[right]}
                            />
                          ))}
                        </ActionForm>
                        <ActionForm
                          action={removeMemberAction}
                          hidden={{ marketId, userId: member.user.id }}
                          submitLabel={g.remove}
                          pendingLabel={t.common.loading}
                          variant="danger"
                          className="flex flex-col gap-1"
                          confirm={{
                            title: g.removeTitle(`${member.user.firstName} ${member.user.lastName}`),
                            description: g.removeText,
                            cancelLabel: t.common.cancel,
                          }}
                          messageAs="toast"
                        />
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <div className="flex flex-col gap-4">
        {handlesMoney && (
          <Card asChild>
            <section aria-labelledby="virement-title" id="virement" className="scroll-mt-4">
              <CardTitle asChild>
                <h2 id="virement-title">{t.payments.search.title}</h2>
              </CardTitle>
              <TransferSearch marketId={marketId} action={`${path}#virement`} search={search} locale={locale} t={t} />
            </section>
          </Card>
        )}
        <Card asChild>
          <section aria-labelledby="invite">
            <CardTitle asChild>
              <h2 id="invite">{g.invite}</h2>
            </CardTitle>
            <ActionForm
              action={inviteMemberAction}
              hidden={{ marketId }}
              submitLabel={g.send}
              pendingLabel={t.common.loading}
            >
              <FormField name="email" type="email" label={g.email} />
            </ActionForm>
          </section>
        </Card>
        <Card asChild>
          <section aria-labelledby="import">
            <CardTitle asChild>
              <h2 id="import">{t.admin.importCsv.title}</h2>
            </CardTitle>
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
        </Card>
      </div>
    </div>
  );
}
