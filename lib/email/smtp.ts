import nodemailer from "nodemailer";
import type { SendMail } from "@/lib/domain/email/deliver-outbox";

// The sender shown is the market's name (« la Cagette de Captieux »); the address is the platform's.
export function smtpSender(smtpUrl: string, fromAddress = process.env.MAIL_FROM ?? "no-reply@cabas.local"): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({
      from: { name: mail.fromName, address: fromAddress },
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<${mail.messageId}@${fromAddress.split("@")[1] ?? "cabas.local"}>`,
    });
  };
}
