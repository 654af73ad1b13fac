import type { findBasketsByReference } from "@/lib/domain/payment/find-baskets-by-reference";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { RecordPaymentForm } from "./record-payment-form";

type Search =
  | { text: string; baskets: Awaited<ReturnType<typeof findBasketsByReference>>; error?: undefined }
  | { text: string; error: string; baskets?: undefined }
  | null;

// « Retrouver un virement »: the reference read on the bank statement finds the basket, and the transfer is
// recorded on it from here. A plain GET form: the search is a link one can share or reload.
export function TransferSearch({
  marketId,
  action,
  search,
  locale,
  t,
}: {
  marketId: string;
  action: string;
  search: Search;
  locale: Locale;
  t: Messages;
}) {
  const s = t.payments.search;
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action={action} className="flex flex-col gap-2" role="search">
        <Field id="transfer-reference" label={s.label} hint={s.hint} error={search?.error}>
          <Input name="reference" defaultValue={search?.text} autoComplete="off" />
        </Field>
        <Button type="submit" variant="secondary" size="sm" className="self-start">
          {s.submit}
        </Button>
      </form>
      {search?.baskets?.length === 0 && <p className="text-sm">{s.none}</p>}
      {search?.baskets?.map((b) => (
        <article
          key={b.id}
          className="flex flex-col gap-2 rounded-lg border border-earth-100 p-3"
          data-found={b.reference}
        >
          <h3 className="font-semibold">
            {s.result(
              b.basketNumber,
              `${b.user.lastName.toUpperCase()} ${b.user.firstName}`,
              formatInZone(b.distribution.pickupStartAt, "dd/MM/yyyy", b.distribution.market.timeZone, locale),
            )}
          </h3>
          <p className="text-sm">
            {b.reference} · {formatMoney(b.totalCents, locale)} ·{" "}
            <span className={b.dueCents > 0 ? "font-semibold text-red-800" : undefined}>
              {t.payments.basket.due(formatMoney(b.dueCents, locale))}
            </span>
          </p>
          {b.dueCents > 0 && (
            <RecordPaymentForm
              marketId={marketId}
              orderId={b.id}
              dueCents={b.dueCents}
              paymentMethod={b.paymentMethod}
              defaultMethod="TRANSFER"
              reference={search.text.trim()}
              locale={locale}
              t={t}
            />
          )}
        </article>
      ))}
    </div>
  );
}
