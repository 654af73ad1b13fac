import Link from "next/link";
import { ActionForm, FormField, FormSelect, FormTextarea } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { adjustBalanceAction, recordTopUpAction, reversePaymentAction } from "@/lib/actions/money";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { BALANCE_ADJUSTMENT_REASONS } from "@/lib/domain/ledger/adjust-balance";
import { getMemberAccount } from "@/lib/domain/member/get-member-account";
import { TOP_UP_METHODS } from "@/lib/domain/payment/record-top-up";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { formatMoney } from "@/lib/money";

type Params = { marketId: string; userId: string };

// One member's account for the market's admins: the balance, money received for it (« Enregistrer un
// versement »), credits and debits with a reason, and the history, where a payment can be reversed.
export default async function MemberAccountPage({ params }: { params: Promise<Params> }) {
  const { marketId, userId } = await params;
  const path = `/admin/${marketId}/membres/${userId}`;
  const actor = await loadPageActor(path);
  const { locale, t } = await getMessages();
  const account = await orNotFound(getMemberAccount({ actor, marketId, userId }));
  const m = t.payments.member;
  const name = `${account.user.firstName} ${account.user.lastName}`;
  const amount = (cents: number) => formatMoney(cents, locale);
  const hidden = { marketId, userId };
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <Link href={`/admin/${marketId}/membres`} className="text-sm text-leaf-700 underline">
          {m.back}
        </Link>
        <h1 className="text-2xl font-bold">{m.title(name)}</h1>
        <p className="text-sm text-muted">{account.user.email}</p>
        <p className="text-lg" data-testid="member-balance">
          {m.balance} :{" "}
          <span className={`font-bold ${account.balanceCents < 0 ? "text-red-800" : ""}`}>
            {amount(account.balanceCents)}
          </span>{" "}
          <span className="text-sm text-muted">
            {account.balanceCents < 0
              ? m.owes(amount(-account.balanceCents))
              : account.balanceCents > 0
                ? m.credit(amount(account.balanceCents))
                : m.even}
          </span>
        </p>
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        <Card asChild>
          <section aria-labelledby="top-up">
            <CardTitle asChild>
              <h2 id="top-up">{m.topUp}</h2>
            </CardTitle>
            <CardDescription>{m.topUpHint}</CardDescription>
            <ActionForm
              action={recordTopUpAction}
              hidden={hidden}
              submitLabel={m.topUp}
              pendingLabel={t.common.loading}
            >
              <FormSelect
                name="method"
                label={t.payments.basket.method}
                options={TOP_UP_METHODS.map((method) => [method, t.payments.methods[method]])}
                defaultValue="CASH"
              />
              <FormField name="amount" label={t.payments.basket.amount} inputMode="decimal" autoComplete="off" />
              <FormField name="reference" label={t.payments.basket.reference} autoComplete="off" />
            </ActionForm>
          </section>
        </Card>
        <Card asChild>
          <section aria-labelledby="adjust">
            <CardTitle asChild>
              <h2 id="adjust">{m.adjust}</h2>
            </CardTitle>
            <CardDescription>{m.adjustHint}</CardDescription>
            <ActionForm
              action={adjustBalanceAction}
              hidden={hidden}
              submitLabel={m.adjust}
              pendingLabel={t.common.loading}
            >
              <FormSelect
                name="direction"
                label={m.direction}
                options={[
                  ["CREDIT", m.directions.CREDIT],
                  ["DEBIT", m.directions.DEBIT],
                ]}
                defaultValue="CREDIT"
              />
              <FormField name="amount" label={t.payments.basket.amount} inputMode="decimal" autoComplete="off" />
              <FormSelect
                name="reason"
                label={m.reason}
                options={BALANCE_ADJUSTMENT_REASONS.map((reason) => [reason, m.reasons[reason]])}
                defaultValue="CORRECTION"
              />
              <FormTextarea name="note" label={m.note} rows={2} />
            </ActionForm>
          </section>
        </Card>
      </div>
      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-lg font-semibold">
          {m.history}
        </h2>
        {account.history.length === 0 ? (
          <Card>
            <p>{m.noHistory}</p>
          </Card>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{m.columns.date}</TableHead>
                <TableHead>{m.columns.operation}</TableHead>
                <TableHead>{m.columns.detail}</TableHead>
                <TableHead className="text-right">{m.columns.amount}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {account.history.map((e) => (
                <TableRow key={e.id}>
                  <TableCell className="whitespace-nowrap">
                    {formatInZone(e.occurredAt, "dd/MM/yyyy HH:mm", account.timeZone, locale)}
                  </TableCell>
                  <TableCell label={m.columns.operation}>
                    {t.shop.account.kinds[e.kind] ?? e.kind}
                    {e.method && ` · ${t.payments.methods[e.method]}`}
                    {e.basketNumber !== null && ` · ${m.basket(e.basketNumber)}`}
                  </TableCell>
                  <TableCell label={m.columns.detail}>
                    <span className="inline-flex flex-wrap items-center gap-2">
                      {e.reason && <Badge>{m.reasons[e.reason]}</Badge>}
                      {[e.note, e.reference].filter(Boolean).join(" · ")}
                      {e.reversiblePaymentId && (
                        <ActionForm
                          action={reversePaymentAction}
                          hidden={{ marketId, paymentId: e.reversiblePaymentId }}
                          submitLabel={t.payments.basket.reverse}
                          pendingLabel={t.common.loading}
                          variant="link"
                          className="flex flex-col gap-1"
                          messageAs="toast"
                          confirm={{
                            title: t.payments.basket.reverseTitle(
                              amount(e.amountCents),
                              e.method ? t.payments.methods[e.method] : "",
                            ),
                            description: t.payments.basket.reverseText,
                            cancelLabel: t.common.cancel,
                          }}
                        />
                      )}
                    </span>
                  </TableCell>
                  <TableCell
                    label={m.columns.amount}
                    className={`text-right font-semibold ${e.amountCents < 0 ? "text-red-800" : "text-leaf-700"}`}
                  >
                    {amount(e.amountCents)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
