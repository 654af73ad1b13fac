import { validateDistributionAction } from "@/lib/actions/admin";
import { UNPAID_CHOICES } from "@/lib/domain/distribution-day/settle-unpaid-baskets";
import type { tillTotals } from "@/lib/domain/distribution-day/till-totals";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { ActionForm, FormSelect } from "../ui/action-form";
import { Card, CardTitle } from "../ui/card";
import { TillTotals } from "./till-totals";

export type UnpaidBasket = {
  orderId: string;
  basketNumber: number;
  name: string;
  dueCents: number;
  // The member's balance covers the basket (and it is not paid by card): « from the balance » is offered.
  balanceCovers: boolean;
};

// Before « Valider la distribution »: the till's totals, and for each basket still unpaid a question (paid on
// the spot now, by which method; from the balance; or left as a debt), with no answer chosen in advance.
export function CloseDistribution({
  marketId,
  distributionId,
  unpaid,
  pending,
  till,
  validated,
  locale,
  t,
}: {
  marketId: string;
  distributionId: string;
  unpaid: UnpaidBasket[];
  // How many baskets are not validated yet: validating the distribution validates them all, after a confirmation.
  pending: number;
  till: Awaited<ReturnType<typeof tillTotals>>;
  validated: boolean;
  locale: Locale;
  t: Messages;
}) {
  const v = t.payments.validation;
  return (
    <Card asChild>
      <section aria-labelledby="close-distribution">
        <CardTitle asChild>
          <h2 id="close-distribution">{validated ? t.payments.till.title : v.title}</h2>
        </CardTitle>
        <TillTotals till={till} locale={locale} t={t} />
        {!validated && (
          <ActionForm
            action={validateDistributionAction}
            hidden={{ marketId, distributionId }}
            submitLabel={t.admin.day.validateAll}
            pendingLabel={t.common.loading}
            submitClassName="self-start"
            confirm={{
              title: t.admin.day.confirmValidateAll(pending),
              description: t.admin.day.confirmValidateAllText,
              cancelLabel: t.common.cancel,
            }}
          >
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 font-semibold">{v.unpaid}</legend>
              {unpaid.length === 0 ? (
                <p className="text-sm">{v.allPaid}</p>
              ) : (
                <>
                  <p className="text-sm text-muted">{v.unpaidIntro}</p>
                  {unpaid.map((b) => (
                    <FormSelect
                      key={b.orderId}
                      name={`unpaid-${b.orderId}`}
                      label={v.choice(b.basketNumber, b.name, formatMoney(b.dueCents, locale))}
                      defaultValue=""
                      options={[
                        ["", v.choose],
                        ...UNPAID_CHOICES.filter((c) => c !== "BALANCE" || b.balanceCovers).map(
                          (c) => [c, v.choices[c]] as [string, string],
                        ),
                      ]}
                    />
                  ))}
                </>
              )}
            </fieldset>
          </ActionForm>
        )}
      </section>
    </Card>
  );
}
