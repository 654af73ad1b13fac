import { Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type AddressInUseEmailProps = {
  lang: string;
  greeting: string;
  body: string;
  signIn: { label: string; url: string };
  reset: { label: string; url: string };
  ignore: string;
};

// Sent to an address that already has an account when someone tried to give it to another one (a sign-up, a
// change of address), instead of a link: the form answers the same either way, and only the owner of the
// address learns that it was tried.
export default function AddressInUseEmail(props: AddressInUseEmailProps) {
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

AddressInUseEmail.PreviewProps = {
  lang: "fr",
  greeting: "Bonjour Camille,",
  body: "Quelqu’un a voulu créer un compte Cabas avec votre adresse e-mail, qui en a déjà un. Aucun compte n’a été créé et le vôtre n’a pas changé.",
  signIn: { label: "Me connecter", url: "http://localhost:3000/connexion" },
  reset: { label: "J’ai oublié mon mot de passe", url: "http://localhost:3000/mot-de-passe-oublie" },
  ignore: "Si c’était vous, connectez-vous simplement ; sinon, ignorez cet e-mail.",
} satisfies AddressInUseEmailProps;
