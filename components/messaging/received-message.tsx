import { ActionForm, FormTextarea } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { replyToMessageAction } from "@/lib/actions/messages";
import type { ReceivedMessage } from "@/lib/domain/message/list-messages";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

type Labels = {
  from: (name: string, market: string) => string;
  unread: string;
  reply: string;
  replyField: string;
};

// A message a person received from a market (a producer's inbox, a member's « Mon compte »), answerable in the
// app: the answer goes to the market's inbox.
export function ReceivedMessageCard({
  message,
  labels,
  pendingLabel,
  locale,
}: {
  message: ReceivedMessage;
  labels: Labels;
  pendingLabel: string;
  locale: Locale;
}) {
  const sender = `${message.sender.firstName} ${message.sender.lastName}`;
  const timeZone = message.market?.timeZone ?? DEFAULT_TIME_ZONE;
  return (
    <Card asChild className="gap-2">
      <article data-message={message.subject}>
        <header>
          <h2 className="font-semibold">
            {message.subject}
            {!message.read && (
              <Badge variant="success" className="ml-2">
                {labels.unread}
              </Badge>
            )}
          </h2>
          <p className="text-xs text-muted">
            {labels.from(sender, message.market?.name ?? "")} ·{" "}
            {formatInZone(message.createdAt, "dd/MM/yyyy HH:mm", timeZone, locale)}
          </p>
        </header>
        {/* Sanitised when it was written (lib/domain/message/sanitize-message.ts). */}
        <div className="prose text-sm" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
        {message.attachments.map((a) => (
          <a key={a.id} href={`/api/attachments/${a.id}`} className="text-sm text-leaf-700 underline">
            {a.filename}
          </a>
        ))}
        <details>
          <summary className="cursor-pointer text-sm font-semibold text-leaf-700">{labels.reply}</summary>
          <ActionForm
            action={replyToMessageAction}
            hidden={{ messageId: message.id }}
            submitLabel={labels.reply}
            pendingLabel={pendingLabel}
          >
            <FormTextarea name="body" label={labels.replyField} />
          </ActionForm>
        </details>
      </article>
    </Card>
  );
}
