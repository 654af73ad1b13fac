import { Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type SignUpAttemptEmailProps = {
  lang: string;
  greeting: string;
  body: string;
  signIn: { label: string; url: string };
  reset: { label: string; url: string };
  ignore: string;
};

// Sent instead of a verification link when someone signs up with an address that already has an account:
// the form answers the same either way, and only the owner of the address learns that it was tried.
export default function SignUpAttemptEmail(props: SignUpAttemptEmailProps) {
  return (
    <EmailLayout lang={props.lang} preview={props.body} footer={props.ignore}>
      <Text>{props.greeting}</Text>
      <Text>{props.body}</Text>
      <Text>
        <Link href={props.signIn.url}>{props.signIn.label}</Link>
      </Text>
      <Text>
        <Link href={props.reset.url}>{props.reset.label}</Link>
      </Text>
    </EmailLayout>
  );
}

SignUpAttemptEmail.PreviewProps = {
  lang: "fr",
  greeting: "Bonjour Camille,",
  body: "Quelqu’un a voulu créer un compte Cabas avec votre adresse e-mail, qui en a déjà un. Aucun compte n’a été créé et le vôtre n’a pas changé.",
  signIn: { label: "Me connecter", url: "http://localhost:3000/connexion" },
  reset: { label: "J’ai oublié mon mot de passe", url: "http://localhost:3000/mot-de-passe-oublie" },
  ignore: "Si c’était vous, connectez-vous simplement ; sinon, ignorez cet e-mail.",
} satisfies SignUpAttemptEmailProps;
