import { Button, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type EmailVerificationEmailProps = {
  lang: string;
  greeting: string;
  body: string;
  action: string;
  ignore: string;
  url: string;
};

// Sent at sign-up (and again on a password sign-in before the address was confirmed).
export default function EmailVerificationEmail(props: EmailVerificationEmailProps) {
  return (
    <EmailLayout lang={props.lang} preview={props.body} footer={props.ignore}>
      <Text>{props.greeting}</Text>
      <Text>{props.body}</Text>
      <Button
        href={props.url}
        style={{ backgroundColor: "#2f6b3a", color: "#ffffff", padding: "12px 18px", borderRadius: "6px" }}
      >
        {props.action}
      </Button>
      <Text style={{ fontSize: "12px", wordBreak: "break-all" }}>{props.url}</Text>
    </EmailLayout>
  );
}

EmailVerificationEmail.PreviewProps = {
  lang: "fr",
  greeting: "Bonjour Camille,",
  body: "Bienvenue sur Cabas ! Confirmez votre adresse e-mail pour ouvrir votre compte. Ce lien est valable 24 heures :",
  action: "Confirmer mon adresse",
  ignore: "Si vous n’avez pas créé de compte Cabas, ignorez cet e-mail : aucun compte ne sera ouvert.",
  url: "http://localhost:3000/confirmer-email?token=exemple",
} satisfies EmailVerificationEmailProps;
