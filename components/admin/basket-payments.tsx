import type { PaymentMethod } from "@/generated/prisma/client";
import { reversePaymentAction } from "@/lib/actions/money";
import type { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { ActionForm } from "../ui/action-form";
import { Badge } from "../ui/badge";
import { RecordPaymentForm } from "./record-payment-form";

type BasketMoney = NonNullable<ReturnType<Awaited<ReturnType<typeof getDistributionPayments>>["baskets"]["get"]>>;

// The money side of one basket for its admins: what it still owes (or that it is paid), the member's balance,
// its transfer reference, each payment (a mistaken one is reversed, behind a confirmation) and the form to record
// the next one.
export function BasketPayments({
  money,
  paymentMethod,
  marketId,
  orderId,
  timeZone,
  locale,
  t,
}: {
  money: BasketMoney;
  paymentMethod: PaymentMethod | null;
  marketId: string;
  orderId: string;
  timeZone: string;
  locale: Locale;
  t: Messages;
}) {
  const b = t.payments.basket;
  const amount = (cents: number) => formatMoney(cents, locale);
  return (
    <div className="flex flex-col gap-2 text-sm" data-basket-payments>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {money.dueCents > 0 ? (
          <span className="font-semibold text-red-800">{b.due(amount(money.dueCents))}</span>
        ) : (
          <Badge variant="success">{paymentMethod === "BALANCE" ? b.coveredByBalance : b.settled}</Badge>
        )}
        <span className="text-muted">{b.balance(amount(money.balanceCents))}</span>
      </p>
      {paymentMethod === "TRANSFER" && <p>{b.transferReference(money.reference)}</p>}
      {money.payments.length > 0 && (
        <ul aria-label={b.payments} className="flex flex-col gap-1">
          {money.payments.map((p) => {
            const method = p.method ? t.payments.methods[p.method] : "";
            return (
              <li key={p.id} className="flex flex-wrap items-center gap-x-2 gap-y-1" data-payment={p.id}>
                <span className={p.reversed ? "text-muted line-through" : undefined}>
                  {formatInZone(p.at, "dd/MM HH:mm", timeZone, locale)} · {method} · {amount(p.amountCents)}
                  {p.reference && ` · ${p.reference}`}
                </span>
                {p.reversed && <Badge>{b.reversed}</Badge>}
                {p.reversible && (
                  <ActionForm
                    action={reversePaymentAction}
                    hidden={{ marketId, paymentId: p.id }}
                    submitLabel={b.reverse}
                    pendingLabel={t.common.loading}
                    variant="link"
                    className="flex flex-col gap-1"
                    messageAs="toast"
                    confirm={{
                      title: b.reverseTitle(amount(p.amountCents), method),
                      description: b.reverseText,
                      cancelLabel: t.common.cancel,
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {money.dueCents > 0 && (
        <details className="rounded-lg border border-earth-100 p-2">
          <summary className="cursor-pointer font-semibold">{b.record}</summary>
          <div className="pt-2">
            <RecordPaymentForm
              marketId={marketId}
              orderId={orderId}
              dueCents={money.dueCents}
              paymentMethod={paymentMethod}
              locale={locale}
              t={t}
            />
          </div>
        </details>
      )}
    </div>
  );
}
