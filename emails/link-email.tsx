import { Button, Text } from "@react-email/components";
import { actionButtonStyle, EmailLayout } from "./layout";

export type LinkEmailProps = {
  lang: string;
  greeting: string;
  body: string;
  action: string;
  ignore: string;
  url: string;
};

// A one-time link to follow (password reset, address confirmation): a greeting, why, the button, the bare URL.
export default function LinkEmail(props: LinkEmailProps) {
  return (
    <EmailLayout lang={props.lang} preview={props.body} footer={props.ignore}>
      <Text>{props.greeting}</Text>
      <Text>{props.body}</Text>
      <Button href={props.url} style={actionButtonStyle}>
        {props.action}
      </Button>
      <Text style={{ fontSize: "12px", wordBreak: "break-all" }}>{props.url}</Text>
    </EmailLayout>
  );
}

LinkEmail.PreviewProps = {
  lang: "fr",
  greeting: "Bonjour Camille,",
  body: "Vous avez demandé à changer votre mot de passe Cabas. Ce lien est valable 1 heure :",
  action: "Choisir un nouveau mot de passe",
  ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.",
  url: "http://localhost:3000/reinitialiser-mot-de-passe?token=exemple",
} satisfies LinkEmailProps;
