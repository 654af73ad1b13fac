import type { Metadata } from "next";
import Link from "next/link";
import { EmailSection } from "@/components/account/email-section";
import { PasswordSection } from "@/components/account/password-section";
import { PersonalDataSection } from "@/components/account/personal-data-section";
import { ActionForm, FormChoice, FormField } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { leaveMarketAction, updateEmailPreferencesAction, updateProfileAction } from "@/lib/actions/shop";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { getAccount } from "@/lib/domain/account/get-account";
import { pendingEmailChange } from "@/lib/domain/user/pending-email-change";
import { formatInZone } from "@/lib/i18n/format";
import { formatQuantity } from "@/lib/i18n/format-quantity";
import { getMessages } from "@/lib/i18n/page";
import { formatMoney } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.shop.account.title };
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ "mot-de-passe"?: string; adresse?: string }>;
}) {
  const actor = await loadPageActor("/compte");
  const done = await searchParams;
  const { locale, t } = await getMessages();
  const [account, pendingEmail] = await Promise.all([
    getAccount({ actor, now: new Date() }),
    pendingEmailChange({ actor, now: new Date() }),
  ]);
  const a = t.shop.account;
  const u = account.user;
  const col = a.historyColumns;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <section aria-labelledby="orders-title" className="flex flex-col gap-2">
        <h2 id="orders-title" className="text-lg font-semibold">
          {a.orders}
        </h2>
        {account.orders.length === 0 ? (
          <Card>
            <p>{a.noOrders}</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-2">
            {account.orders.map((o) => (
              <Card key={o.id} asChild className="flex-row flex-wrap items-center justify-between gap-2 p-3">
                <li>
                  <Link
                    href={`/commande/${o.id}`}
                    className="font-semibold text-leaf-700 underline first-letter:uppercase"
                  >
                    {a.distributionOf(
                      formatInZone(o.distribution.pickupStartAt, t.market.dateFormat, o.market.timeZone, locale),
                      o.market.name,
                    )}
                  </Link>
                  {/* One line of text for assistive technologies and text search: « Panier n° 3 · 8,40 € · Payé ». */}
                  <span className="flex items-center gap-2 text-sm">
                    <span>
                      {t.shop.basketNumber(o.basketNumber)} · {formatMoney(o.totalCents, locale)}
                      <span className="sr-only"> · </span>
                    </span>
                    {o.confirmedAt ? (
                      <Badge variant={o.paid ? "success" : "warning"}>{o.paid ? t.shop.paid : t.shop.unpaid}</Badge>
                    ) : (
                      <Badge variant="warning">{t.shop.draftBadge}</Badge>
                    )}
                  </span>
                  <ul
                    className="w-full divide-y divide-earth-100 text-sm"
                    aria-label={t.shop.basketNumber(o.basketNumber)}
                  >
                    {o.lines.map((l) => (
                      <li key={l.id} className="flex justify-between gap-2 py-1" data-account-line>
                        <span>
                          {formatQuantity(l.quantity, l.unit, locale)} · {l.productName}
                        </span>
                        <span className="whitespace-nowrap">{formatMoney(l.totalCents, locale)}</span>
                      </li>
                    ))}
                  </ul>
                  {o.pickupChoices && (
                    <Link href={`/retrait/${o.id}`} className="text-sm text-leaf-700 underline">
                      {t.shop.pickupChoices}
                    </Link>
                  )}
                </li>
              </Card>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="balances-title" className="flex flex-col gap-2">
        <h2 id="balances-title" className="text-lg font-semibold">
          {a.balances}
        </h2>
        {account.balances.map((b) => (
          <Card key={b.marketId} className="p-3">
            <p>{a.balance(b.marketName, formatMoney(b.balanceCents, locale))}</p>
            {b.balanceCents < 0 && (
              <p className="text-sm">
                <span className="font-semibold text-red-800">
                  {t.refunds.debt(formatMoney(-b.balanceCents, locale))}
                </span>{" "}
                <span className="text-muted">{t.refunds.debtHint}</span>
              </p>
            )}
          </Card>
        ))}
        <h3 className="font-semibold">{a.history}</h3>
        {account.history.length === 0 ? (
          <p className="text-sm text-muted">{a.noHistory}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{col.date}</TableHead>
                <TableHead>{col.operation}</TableHead>
                <TableHead>{col.market}</TableHead>
                <TableHead className="text-right">{col.amount}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {account.history.map((e) => (
                <TableRow key={e.id}>
                  <TableCell label={col.date}>
                    {formatInZone(e.createdAt, "dd/MM/yyyy", e.market.timeZone, locale)}
                  </TableCell>
                  <TableCell label={col.operation}>
                    {a.kinds[e.kind] ?? e.kind}
                    {e.order ? ` · ${t.shop.basketNumber(e.order.basketNumber)}` : ""}
                  </TableCell>
                  <TableCell label={col.market}>{e.market.name}</TableCell>
                  <TableCell
                    label={col.amount}
                    className={`text-right font-semibold ${e.amountCents < 0 ? "text-red-800" : "text-leaf-700"}`}
                  >
                    {formatMoney(e.amountCents, locale)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <Card asChild>
        <section aria-labelledby="profile-title">
          <CardTitle asChild>
            <h2 id="profile-title">{a.profile}</h2>
          </CardTitle>
          <ActionForm
            action={updateProfileAction}
            submitLabel={t.common.save}
            pendingLabel={t.common.loading}
            className="grid gap-3 sm:grid-cols-2"
          >
            <FormField name="firstName" label={a.firstName} defaultValue={u.firstName} autoComplete="given-name" />
            <FormField name="lastName" label={a.lastName} defaultValue={u.lastName} autoComplete="family-name" />
            <FormField name="phone" label={a.phone} type="tel" defaultValue={u.phone ?? ""} autoComplete="tel" />
            <FormField name="address" label={a.address} defaultValue={u.address ?? ""} autoComplete="street-address" />
            <FormField name="zipCode" label={a.zipCode} defaultValue={u.zipCode ?? ""} autoComplete="postal-code" />
            <FormField name="city" label={a.city} defaultValue={u.city ?? ""} autoComplete="address-level2" />
          </ActionForm>
        </section>
      </Card>
      <Card asChild>
        <section aria-labelledby="prefs-title">
          <CardTitle asChild>
            <h2 id="prefs-title">{a.preferences}</h2>
          </CardTitle>
          <ActionForm
            action={updateEmailPreferencesAction}
            hidden={{ messageMarkets: account.messageMarkets.map((m) => m.id).join(",") }}
            submitLabel={a.savePreferences}
            pendingLabel={t.common.loading}
            submitClassName="self-start"
          >
            <FormChoice
              type="checkbox"
              name="notifySaleOpening"
              label={a.saleOpening}
              defaultChecked={u.notifySaleOpening}
            />
            <FormChoice type="checkbox" name="notifyReminder" label={a.reminder} defaultChecked={u.notifyReminder} />
            <FormChoice
              type="checkbox"
              name="receiptByEmail"
              label={t.documents.receipt.preference}
              defaultChecked={u.receiptByEmail}
            />
            {account.messageMarkets.map((m) => (
              <FormChoice
                key={m.id}
                type="checkbox"
                name={`messages:${m.id}`}
                label={a.marketMessages(m.name)}
                defaultChecked={m.receive}
              />
            ))}
          </ActionForm>
        </section>
      </Card>
      <section aria-labelledby="markets-title" className="flex flex-col gap-2">
        <h2 id="markets-title" className="text-lg font-semibold">
          {a.markets}
        </h2>
        {account.markets.map((m) => (
          <Card key={m.id} className="flex-row flex-wrap items-center justify-between gap-2 p-3">
            <Link href={`/m/${m.slug}`} className="font-semibold text-leaf-700 underline">
              {m.name}
            </Link>
            <ActionForm
              action={leaveMarketAction}
              hidden={{ marketId: m.id }}
              submitLabel={a.leave}
              pendingLabel={t.common.loading}
              className="flex flex-col gap-1"
              variant="danger"
              confirm={{ title: a.leaveTitle(m.name), description: a.leaveText, cancelLabel: t.common.cancel }}
              messageAs="toast"
            />
          </Card>
        ))}
      </section>
      <section aria-labelledby="messages-title" className="flex flex-col gap-2">
        <h2 id="messages-title" className="text-lg font-semibold">
          {t.inbox.member.title}
        </h2>
        <Link href="/compte/messages" className="text-leaf-700 underline">
          {t.inbox.member.accountLink}
        </Link>
      </section>
      <EmailSection
        t={t}
        email={u.email}
        pendingEmail={pendingEmail?.newEmail ?? null}
        changed={done.adresse === "changee"}
      />
      <PasswordSection t={t} changed={done["mot-de-passe"] === "change"} />
      <PersonalDataSection t={t} />
    </div>
  );
}
