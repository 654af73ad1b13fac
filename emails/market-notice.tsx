import { Button, Heading, Text } from "@react-email/components";
import { EmailTable, type EmailTableProps } from "./email-table";
import { actionButtonStyle, EmailLayout, type UnsubscribeLink } from "./layout";

export type MarketNoticeProps = {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  table?: EmailTableProps[];
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
        <EmailTable key={table.caption} {...table} />
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
