import { domainErrorResponse, pdfResponse, routeActor } from "@/lib/actions/route-actor";
import { getOrderReceipt } from "@/lib/domain/order/order-receipt";
import { getMessages } from "@/lib/i18n/server";
import { receiptFilename, renderReceiptPdf } from "@/lib/pdf/receipt-pdf";

// GET /api/receipts/<orderId> — a shopper's receipt (« reçu ») for their own confirmed basket, as a PDF in their
// language; another's basket is not found.
export async function GET(_request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { orderId } = await params;
  const { locale, t } = await getMessages();
  let receipt;
  try {
    receipt = await getOrderReceipt({ actor, orderId });
  } catch (error) {
    return domainErrorResponse(error);
  }
  return pdfResponse(await renderReceiptPdf(receipt, { locale, t }), receiptFilename(receipt, t));
}
