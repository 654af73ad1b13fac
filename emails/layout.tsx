import { Body, Container, Head, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// The unsubscribe link, when there is one, is the List-Unsubscribe address of the same e-mail: opening it shows
// a page that asks for confirmation (a link followed by a mail scanner unsubscribes nobody).
export type UnsubscribeLink = { label: string; url: string };

// The one call to action of an e-mail (react-email's Button draws it as a link that looks like a button).
export const actionButtonStyle = {
  backgroundColor: "#2f6b3a",
  color: "#ffffff",
  padding: "12px 18px",
  borderRadius: "6px",
};

export function EmailLayout({
  preview,
  footer,
  contact,
  unsubscribe,
  children,
  lang,
}: {
  preview: string;
  footer: string;
  // Whom to ask at the market (lib/domain/notice/market-contact.ts), when it has a contact.
  contact?: string;
  unsubscribe?: UnsubscribeLink;
  children: ReactNode;
  lang: string;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: "#f6f5f0",
          fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
          color: "#1f2a1f",
        }}
      >
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", borderRadius: "8px", maxWidth: "560px" }}>
          {children}
          <Section>
            {contact && <Text style={{ color: "#5b645b", fontSize: "12px" }}>{contact}</Text>}
            <Text style={{ color: "#5b645b", fontSize: "12px" }}>{footer}</Text>
            {unsubscribe && (
              <Text style={{ color: "#5b645b", fontSize: "12px" }}>
                <Link href={unsubscribe.url} style={{ color: "#5b645b", textDecoration: "underline" }}>
                  {unsubscribe.label}
                </Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
