import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailTable, type EmailTableProps } from "./email-table";
import { actionButtonStyle, EmailLayout } from "./layout";

export type OrderConfirmationProps = {
  lang: string;
  preview: string;
  heading: string;
  pickup: string[];
  lines: {
    head: readonly [string, string, string];
    rows: (readonly [string, string, string])[];
    totalLabel: string;
    total: string;
  };
  // The basket's VAT per rate (« dont TVA »).
  vat: EmailTableProps;
  payment: { title: string; text: string; details: { label: string; value: string }[] };
  action: { label: string; url: string };
  footer: string;
  contact?: string;
};

const cell = { padding: "4px", borderBottom: "1px solid #eee" };
const amount = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const };

// « Votre commande est confirmée »: when and where to pick the basket up, what is in it, and how to pay it — for
// a transfer, the market's IBAN and the reference to write on it, set apart so that they are copied right.
export default function OrderConfirmation(props: OrderConfirmationProps) {
  return (
    <EmailLayout lang={props.lang} preview={props.preview} footer={props.footer} contact={props.contact}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.heading}
      </Heading>
      {props.pickup.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "14px" }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: "left", borderBottom: "1px solid #ccc" }}>{props.lines.head[0]}</th>
            <th style={{ ...cell, textAlign: "left", borderBottom: "1px solid #ccc" }}>{props.lines.head[1]}</th>
            <th style={{ ...amount, borderBottom: "1px solid #ccc" }}>{props.lines.head[2]}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.rows.map((row, i) => (
            <tr key={i}>
              <td style={cell}>{row[0]}</td>
              <td style={cell}>{row[1]}</td>
              <td style={amount}>{row[2]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2} style={{ ...cell, textAlign: "right" }}>
              {props.lines.totalLabel}
            </th>
            <td style={{ ...amount, fontWeight: 700 }}>{props.lines.total}</td>
          </tr>
        </tfoot>
      </table>
      <EmailTable {...props.vat} />
      <Section style={{ backgroundColor: "#f6f5f0", borderRadius: "6px", padding: "8px 16px", margin: "16px 0" }}>
        <Text style={{ fontWeight: 700, marginBottom: "4px" }}>{props.payment.title}</Text>
        <Text style={{ marginTop: "4px" }}>{props.payment.text}</Text>
        {props.payment.details.map((d) => (
          <Text key={d.label} style={{ margin: "4px 0" }}>
            {d.label} <span style={{ fontFamily: "monospace", fontWeight: 700 }}>{d.value}</span>
          </Text>
        ))}
      </Section>
      <Button href={props.action.url} style={actionButtonStyle}>
        {props.action.label}
      </Button>
    </EmailLayout>
  );
}

OrderConfirmation.PreviewProps = {
  lang: "fr",
  preview: "Votre commande est confirmée",
  heading: "Votre commande est confirmée : panier n° 12",
  pickup: ["Distribution le samedi 28 novembre, de 17:00 à 19:00, à Centre social Eugénie Cotton, Villeurbanne."],
  lines: {
    head: ["Quantité", "Produit", "Montant"],
    rows: [
      ["0,5", "Amandes avec peau", "7,43 €"],
      ["1", "Pain de campagne", "4,20 €"],
    ],
    totalLabel: "Total",
    total: "11,63 €",
  },
  vat: {
    caption: "Dont TVA, par taux",
    head: ["Taux", "HT", "TVA", "TTC"],
    rows: [
      ["5,5 %", "11,02 €", "0,61 €", "11,63 €"],
      ["Total", "11,02 €", "0,61 €", "11,63 €"],
    ],
  },
  payment: {
    title: "Paiement",
    text: "Payez 11,63 € par virement avant la distribution :",
    details: [
      { label: "IBAN :", value: "FR76 3000 6000 0112 3456 7890 189" },
      { label: "Référence à indiquer :", value: "CABAS-12-AB3F9Z" },
    ],
  },
  action: { label: "Voir ou modifier ma commande", url: "http://localhost:3000/commande/exemple" },
  footer:
    "Vous recevez cet e-mail car vous êtes membre du Marché VRAC de Bellefontaine. Réglez vos préférences dans « Mon compte ».",
} satisfies OrderConfirmationProps;
