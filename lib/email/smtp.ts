import nodemailer from "nodemailer";
import type { SendMail } from "@/lib/domain/email/deliver-outbox";

// The sender shown is the market's name (« la Cagette de Captieux »); the address is the platform's. E-mails
// one can opt out of carry RFC 8058's one-click unsubscribe: the mail client POSTs
// « List-Unsubscribe=One-Click » to the List-Unsubscribe address (mail providers also want the message
// DKIM-signed over these headers, which is the SMTP relay's job).
export function smtpSender(smtpUrl: string, fromAddress = process.env.MAIL_FROM ?? "no-reply@cabas.local"): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({
      from: { name: mail.fromName, address: fromAddress },
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      ...(mail.attachments ? { attachments: mail.attachments } : {}),
      messageId: `<${mail.messageId}@${fromAddress.split("@")[1] ?? "cabas.local"}>`,
      ...(mail.listUnsubscribeUrl
        ? {
            list: { unsubscribe: mail.listUnsubscribeUrl },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }
        : {}),
    });
  };
}
