import type { invoices as fr } from "../fr/invoices";

export const invoices: typeof fr = {
  invoice: (reference: string) => `Invoice no. ${reference}`,
  creditNote: (reference: string) => `Credit note no. ${reference}`,
  cancels: (reference: string, day: string) => `Cancels invoice no. ${reference} of ${day}`,
  issuedOn: (day: string) => `Issued on: ${day}`,
  dayFormat: "dd/MM/yyyy",
  seller: "Issued by",
  buyer: "Customer",
  siret: (siret: string) => `SIRET: ${siret}`,
  vatNumber: (vat: string) => `VAT number: ${vat}`,
  description: "Description",
  amount: "Amount",
  line: (day: string) => `Market fee on the sales of the distribution of ${day}`,
  excludingVat: "Total excl. VAT",
  vat: "VAT 20 %",
  includingVat: "Total incl. VAT",
  total: "Total",
  paid: "Paid: withheld from the producer’s sales.",
  filename: (reference: string) => `invoice-${reference}.pdf`,
  creditNoteFilename: (reference: string) => `credit-note-${reference}.pdf`,
};
