// The reference a shopper writes on a bank transfer for a basket: « CABAS-<basket number>-<last 6 characters of
// the order's id> ». The number makes it readable at the market; the id's tail tells apart baskets of the same
// number at different distributions. Shown on the order page and in the confirmation e-mail, and searched by
// the admins who receive the transfer.
export function transferReference(order: { id: string; basketNumber: number }): string {
  return `CABAS-${order.basketNumber}-${order.id.slice(-6).toUpperCase()}`;
}

// Banks pass a transfer's text on in capitals, with spaces moved or dashes lost, and often among other words
// (« VIR SEPA CABAS 12 AB3F9Z DURAND »): finds the reference in such a text, or null. The id's tail is the six
// characters before the end of a word, so « CABAS12AB3F9Z » still reads as basket 12; a text where spaces also
// cut the tail (« cabas-12-ab3 f9z ») is read again without its spaces.
export function readTransferReference(text: string): { basketNumber: number; idTail: string } | null {
  const upper = text.toUpperCase();
  const match = REFERENCE.exec(upper) ?? REFERENCE.exec(upper.replace(/\s+/g, ""));
  if (!match) return null;
  return { basketNumber: Number(match[1]), idTail: match[2] };
}

const REFERENCE = /CABAS[^A-Z0-9]*(\d{1,9})[^A-Z0-9]*([A-Z0-9]{6})(?![A-Z0-9])/;
