import { cancelFeeInvoiceAction } from "@/lib/actions/invoices";
import { invoiceReference } from "@/lib/domain/invoice/get-fee-invoice";
import type { FeeInvoiceRow } from "@/lib/domain/invoice/list-fee-invoices";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { ActionForm } from "../ui/action-form";
import { Badge } from "../ui/badge";
import { Card } from "@/components/ui/card";

// The market's fee invoices and credit notes, each a PDF to download; `party` names the other side of each. With
// `cancel` (the market's admins) each invoice not cancelled yet can be, by a credit note, after a confirmation.
export function FeeInvoiceList({
  id,
  invoices,
  party,
  cancel,
  locale,
  t,
}: {
  // The list's heading's id, unique on the page.
  id: string;
  invoices: FeeInvoiceRow[];
  party: "producer" | "market";
  cancel?: { marketId: string };
  locale: Locale;
  t: Messages;
}) {
  const i = t.invoices;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {i.listTitle}
      </h2>
      {invoices.length === 0 ? (
        <Card asChild>
          <p>{i.none}</p>
        </Card>
      ) : (
        <Card asChild>
          <ul className="gap-1 text-sm">
            {invoices.map((invoice) => {
              const reference = invoiceReference(invoice);
              return (
                <li key={invoice.id} className="flex flex-wrap items-center gap-x-3" data-invoice={reference}>
                  <a href={`/api/invoices/${invoice.id}`} className="font-medium underline">
                    {invoice.kind === "CREDIT_NOTE" ? i.creditNote(reference) : i.invoice(reference)}
                  </a>
                  <span>{formatInZone(invoice.issuedAt, i.dayFormat, invoice.timeZone, locale)}</span>
                  <span>{party === "producer" ? invoice.producerName : invoice.marketName}</span>
                  <span className="tabular-nums">{formatMoney(invoice.includingVatCents, locale)}</span>
                  {invoice.cancelled && <Badge>{i.cancelledBadge}</Badge>}
                  {cancel && invoice.kind === "INVOICE" && !invoice.cancelled && (
                    <ActionForm
                      action={cancelFeeInvoiceAction}
                      hidden={{ marketId: cancel.marketId, invoiceId: invoice.id }}
                      submitLabel={i.cancel}
                      pendingLabel={t.common.loading}
                      variant="link"
                      className="inline-flex"
                      messageAs="toast"
                      confirm={{
                        title: i.cancelTitle(reference),
                        description: i.cancelDescription,
                        cancelLabel: i.keep,
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </section>
  );
}
