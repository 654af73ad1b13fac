import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, type UnsubscribeLink } from "./layout";

export type MarketMessageProps = {
  lang: string;
  subject: string;
  html: string;
  attachments: { name: string; url: string }[];
  attachmentsLabel: string;
  footer: string;
  // Where the message is read and answered in Cabas (a message of a thread).
  answer?: { label: string; url: string };
  unsubscribe?: UnsubscribeLink;
};

// A message from the messaging page; its HTML was sanitised when it was written.
export default function MarketMessage(props: MarketMessageProps) {
  return (
    <EmailLayout lang={props.lang} preview={props.subject} footer={props.footer} unsubscribe={props.unsubscribe}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.subject}
      </Heading>
      <Section>
        <div dangerouslySetInnerHTML={{ __html: props.html }} />
      </Section>
      {props.attachments.length > 0 && (
        <Section>
          <Text style={{ fontWeight: 700 }}>{props.attachmentsLabel}</Text>
          {props.attachments.map((a) => (
            <Text key={a.url}>
              <Link href={a.url}>{a.name}</Link>
            </Text>
          ))}
        </Section>
      )}
      {props.answer && (
        <Section>
          <Text>
            <Link href={props.answer.url}>{props.answer.label}</Link>
          </Text>
        </Section>
      )}
    </EmailLayout>
  );
}

MarketMessage.PreviewProps = {
  lang: "fr",
  subject: "Nouveaux produits cette semaine",
  html: "<p>Bonjour à tous,</p><p>Le fournil propose des <strong>brioches</strong> cette semaine !</p>",
  attachments: [{ name: "affiche.pdf", url: "http://localhost:3000/api/attachments/exemple" }],
  attachmentsLabel: "Pièces jointes",
  footer: "Vous recevez cet e-mail car vous êtes membre du Marché VRAC de Bellefontaine.",
} satisfies MarketMessageProps;
