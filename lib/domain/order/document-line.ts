// One sold line as the documents print it (a shopper's receipt, a producer's sales statement): the product's
// name and unit frozen on the order line, the quantity as a decimal string (2,5 kg), VAT included.
export type DocumentLine = {
  productName: string;
  unit: string;
  quantity: string;
  unitPriceCents: number;
  vatRateBp: number;
  totalCents: number;
};
