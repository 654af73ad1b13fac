import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxEnabled } from "@/lib/dev-mailbox";
import { getOutboxEmail } from "@/lib/domain/email/list-outbox";
import { appUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/page";

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { t } = await getMessages();
  const mail = await getOutboxEmail((await params).id, appUrl());
  if (!mail) notFound();
  return (
    <main id="contenu" className="mx-auto max-w-4xl p-4">
      <Link href="/dev/mails" className="text-leaf-700 underline">
        ← {t.common.devMailbox.title}
      </Link>
      <h1 className="my-2 text-xl font-bold">{mail.subject}</h1>
      <p className="mb-4 text-sm text-muted">
        {mail.fromName} → {mail.toEmail}
      </p>
      <iframe
        title={mail.subject}
        srcDoc={mail.html}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        className="h-[70vh] w-full rounded border bg-white"
      />
    </main>
  );
}
