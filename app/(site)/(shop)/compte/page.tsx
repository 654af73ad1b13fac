import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, FormChoice, FormField } from "@/components/ui/action-form";
import { leaveMarketAction, updateEmailPreferencesAction, updateProfileAction } from "@/lib/actions/shop";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { getAccount } from "@/lib/domain/account/get-account";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.shop.account.title };
}

export default async function AccountPage() {
  const actor = await loadPageActor("/compte");
  const { locale, t } = await getMessages();
  const account = await getAccount({ actor });
  const a = t.shop.account;
  const u = account.user;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <section aria-labelledby="orders-title" className="flex flex-col gap-2">
        <h2 id="orders-title" className="text-lg font-semibold">
          {a.orders}
        </h2>
        {account.orders.length === 0 ? (
          <p className="rounded-lg bg-white p-4">{a.noOrders}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {account.orders.map((o) => (
              <li
                key={o.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-3 shadow-sm"
              >
                <Link
                  href={`/commande/${o.id}`}
                  className="font-semibold text-leaf-700 underline first-letter:uppercase"
                >
                  {a.distributionOf(
                    formatInZone(o.distribution.pickupStartAt, t.market.dateFormat, o.market.timeZone, locale),
                    o.market.name,
                  )}
                </Link>
                <span className="text-sm">
                  {t.shop.basketNumber(o.basketNumber)} · {formatMoney(o.totalCents, locale)} ·{" "}
                  {o.paid ? t.shop.paid : t.shop.unpaid}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="balances-title" className="flex flex-col gap-2">
        <h2 id="balances-title" className="text-lg font-semibold">
          {a.balances}
        </h2>
        {account.balances.map((b) => (
          <p key={b.marketId} className="rounded-lg bg-white p-3 shadow-sm">
            {a.balance(b.marketName, formatMoney(b.balanceCents, locale))}
          </p>
        ))}
        <h3 className="font-semibold">{a.history}</h3>
        {account.history.length === 0 ? (
          <p className="text-sm text-muted">{a.noHistory}</p>
        ) : (
          <table className="w-full rounded-lg bg-white text-sm">
            <tbody>
              {account.history.map((e) => (
                <tr key={e.id} className="border-b border-earth-100">
                  <td className="p-2">{formatInZone(e.createdAt, "dd/MM/yyyy", e.market.timeZone, locale)}</td>
                  <td className="p-2">
                    {a.kinds[e.kind] ?? e.kind}
                    {e.order ? ` · ${t.shop.basketNumber(e.order.basketNumber)}` : ""}
                  </td>
                  <td className="p-2">{e.market.name}</td>
                  <td
                    className={`p-2 text-right font-semibold ${e.amountCents < 0 ? "text-red-800" : "text-leaf-700"}`}
                  >
                    {formatMoney(e.amountCents, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="profile-title" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="profile-title" className="mb-2 text-lg font-semibold">
          {a.profile}
        </h2>
        <p className="mb-2 text-sm">
          {a.email} : {u.email}
        </p>
        <ActionForm
          action={updateProfileAction}
          hidden={{ path: "/compte" }}
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
      <section aria-labelledby="prefs-title" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="prefs-title" className="mb-2 text-lg font-semibold">
          {a.preferences}
        </h2>
        <ActionForm
          action={updateEmailPreferencesAction}
          hidden={{ messageMarkets: account.messageMarkets.map((m) => m.id).join(",") }}
          submitLabel={a.savePreferences}
          pendingLabel={t.common.loading}
        >
          <label className="flex items-center gap-2">
            <FormChoice type="checkbox" name="notifySaleOpening" defaultChecked={u.notifySaleOpening} />
            {a.saleOpening}
          </label>
          <label className="flex items-center gap-2">
            <FormChoice type="checkbox" name="notifyReminder" defaultChecked={u.notifyReminder} />
            {a.reminder}
          </label>
          {account.messageMarkets.map((m) => (
            <label key={m.id} className="flex items-center gap-2">
              <FormChoice type="checkbox" name={`messages:${m.id}`} defaultChecked={m.receive} />
              {a.marketMessages(m.name)}
            </label>
          ))}
        </ActionForm>
      </section>
      <section aria-labelledby="markets-title" className="flex flex-col gap-2">
        <h2 id="markets-title" className="text-lg font-semibold">
          {a.markets}
        </h2>
        {account.markets.map((m) => (
          <div
            key={m.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-3 shadow-sm"
          >
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
            />
          </div>
        ))}
      </section>
    </div>
  );
}
