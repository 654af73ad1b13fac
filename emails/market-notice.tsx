import { Button, Heading, Section, Text } from "@react-email/components";
import { actionButtonStyle, EmailLayout, type UnsubscribeLink } from "./layout";

export type MarketNoticeProps = {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  table?: { caption: string; head: string[]; rows: string[][] }[];
  footer: string;
  contact?: string;
  unsubscribe?: UnsubscribeLink;
};

// The one layout of Cabas's automatic notices (sale opening, reminders, orders at close, validation).
export default function MarketNotice(props: MarketNoticeProps) {
  return (
    <EmailLayout
      lang={props.lang}
      preview={props.preview}
      footer={props.footer}
      contact={props.contact}
      unsubscribe={props.unsubscribe}
    >
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.heading}
      </Heading>
      {props.paragraphs.map((p, i) => (
        <Text key={i}>{p}</Text>
      ))}
      {props.table?.map((table) => (
        <Section key={table.caption}>
          <Text style={{ fontWeight: 700, marginBottom: "4px" }}>{table.caption}</Text>
          <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "14px" }}>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} style={{ textAlign: "left", borderBottom: "1px solid #ccc", padding: "4px" }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j} style={{ borderBottom: "1px solid #eee", padding: "4px" }}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ))}
      {props.action && (
        <Button href={props.action.url} style={actionButtonStyle}>
          {props.action.label}
        </Button>
      )}
    </EmailLayout>
  );
}

MarketNotice.PreviewProps = {
  lang: "fr",
  preview: "Les commandes sont ouvertes",
  heading: "Les commandes sont ouvertes !",
  paragraphs: [
    "Distribution le samedi 28 novembre, de 17:00 à 19:00, au Centre social Eugénie Cotton.",
    "Commandez jusqu’au vendredi 27 novembre à 23:59.",
  ],
  action: { label: "Commander", url: "http://localhost:3000/m/bellefontaine" },
  footer:
    "Vous recevez cet e-mail car vous êtes membre du Marché VRAC de Bellefontaine. Réglez vos préférences dans « Mon compte ».",
} satisfies MarketNoticeProps;
