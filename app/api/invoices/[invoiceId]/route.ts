import { domainErrorResponse, pdfResponse, routeActor } from "@/lib/actions/route-actor";
import { getFeeInvoice, invoiceReference } from "@/lib/domain/invoice/get-fee-invoice";
import { getMessages } from "@/lib/i18n/server";
import { renderFeeInvoicePdf } from "@/lib/pdf/fee-invoice-pdf";

// GET /api/invoices/<invoiceId> — a fee invoice or credit note of a market to a producer as a PDF, in the reader's
// language, for the market's admins and the producer's team (getFeeInvoice checks who).
export async function GET(_request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { invoiceId } = await params;
  const { locale, t } = await getMessages();
  let invoice;
  try {
    invoice = await getFeeInvoice({ actor, invoiceId });
  } catch (error) {
    return domainErrorResponse(error);
  }
  const pdf = await renderFeeInvoicePdf(invoice, { locale, t });
  const reference = invoiceReference(invoice);
  const filename =
    invoice.kind === "CREDIT_NOTE" ? t.invoices.creditNoteFilename(reference) : t.invoices.filename(reference);
  return pdfResponse(pdf, filename);
}
