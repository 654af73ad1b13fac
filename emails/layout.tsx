import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export function EmailLayout({
  preview,
  footer,
  children,
  lang,
}: {
  preview: string;
  footer: string;
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
            <Text style={{ color: "#5b645b", fontSize: "12px" }}>{footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
