import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { devMailboxEnabled } from "@/lib/dev-mailbox";
import { listOutbox } from "@/lib/domain/email/list-outbox";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const { locale, t } = await getMessages();
  const mails = await listOutbox();
  return (
    <main id="contenu" className="mx-auto max-w-4xl p-4">
      <h1 className="mb-2 text-2xl font-bold">{t.common.devMailbox.title}</h1>
      <p className="mb-4 text-muted">{t.common.devMailbox.intro}</p>
      {mails.length === 0 ? (
        <p>{t.common.devMailbox.empty}</p>
      ) : (
        <Card asChild className="gap-0 divide-y divide-earth-100 p-0">
          <ul>
            {mails.map((m) => (
              <li key={m.id} className="p-3">
                <Link href={`/dev/mails/${m.id}`} className="font-semibold text-leaf-700 underline">
                  {m.subject}
                </Link>
                <p className="text-sm text-muted">
                  {m.fromName} → {m.toEmail} ·{" "}
                  {formatInZone(m.createdAt, "dd/MM/yyyy HH:mm", DEFAULT_TIME_ZONE, locale)} · {m.status}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </main>
  );
}
