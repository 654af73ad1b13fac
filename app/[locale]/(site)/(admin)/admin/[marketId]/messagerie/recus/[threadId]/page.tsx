import Link from "next/link";
import { ActionForm, FormTextarea } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { answerThreadAction, linkCatalogFromMessageAction } from "@/lib/actions/messages";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { hasMarketRight } from "@/lib/domain/access/actor";
import { getThreadOrThrow, markThreadRead } from "@/lib/domain/message/market-inbox";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

// One thread of the inbox: read it (opening it marks it read for this admin), link a catalog a producer sent,
// answer that member or producer.
export default async function ThreadPage({ params }: { params: Promise<{ marketId: string; threadId: string }> }) {
  const { marketId, threadId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/messagerie/recus/${threadId}`);
  const { locale, t } = await getMessages();
  const thread = await orNotFound(getThreadOrThrow({ actor, marketId, threadId }));
  await markThreadRead({ actor, marketId, threadId, now: new Date() });
  const i = t.inbox.admin;
  const timeZone = thread.market.timeZone;
  const party = thread.producer?.name ?? `${thread.member?.firstName ?? ""} ${thread.member?.lastName ?? ""}`;
  const canLink = hasMarketRight(actor, marketId, "catalogs");
  return (
    <div className="flex max-w-3xl flex-col gap-3">
      <Link href={`/admin/${marketId}/messagerie/recus`} className="text-sm text-leaf-700 underline">
        {i.back}
      </Link>
      <h1 className="text-2xl font-bold">{thread.subject}</h1>
      <p className="text-sm text-muted">
        {party} · {thread.producer ? i.producer : i.member}
      </p>
      {thread.origin && (
        <Card asChild>
          <details className="block p-3 text-sm">
            <summary className="cursor-pointer font-semibold">{i.inReplyTo(thread.origin.subject)}</summary>
            {/* Sanitised when it was written (lib/domain/message/sanitize-message.ts). */}
            <div className="prose mt-2 text-sm" dangerouslySetInnerHTML={{ __html: thread.origin.bodyHtml }} />
          </details>
        </Card>
      )}
      <ol className="flex flex-col gap-2" aria-label={thread.subject}>
        {thread.messages.map((message) => (
          <Card asChild key={message.id}>
            <li className={cn("gap-2", message.fromMarket && "ml-8 bg-leaf-50")}>
              <p className="text-xs text-muted">
                {message.fromMarket
                  ? `${i.fromMarket} (${message.sender.firstName})`
                  : `${message.sender.firstName} ${message.sender.lastName}`}{" "}
                · {formatInZone(message.createdAt, "dd/MM/yyyy HH:mm", timeZone, locale)}
                {message.unread && (
                  <Badge variant="success" className="ml-2 font-bold">
                    {i.newBadge}
                  </Badge>
                )}
              </p>
              <div className="prose text-sm" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
              {message.catalog && (
                <Card asChild>
                  <section
                    aria-label={i.catalogCard(message.catalog.name, message.catalog.producer, message.catalog.number)}
                    className="border-leaf-200 gap-2 border p-3"
                  >
                    <p className="font-semibold">
                      {i.catalogCard(message.catalog.name, message.catalog.producer, message.catalog.number)}
                    </p>
                    {message.catalog.archived ? (
                      <p className="text-sm text-muted">{i.archived}</p>
                    ) : message.catalog.linked ? (
                      <p className="text-sm text-muted">{i.alreadyLinked}</p>
                    ) : (
                      canLink && (
                        <ActionForm
                          action={linkCatalogFromMessageAction}
                          hidden={{ marketId, messageId: message.id }}
                          submitLabel={i.linkCatalog}
                          pendingLabel={t.common.loading}
                          // Once linked, the card says so in place of this form: the confirmation outlives it.
                          messageAs="toast"
                        />
                      )
                    )}
                  </section>
                </Card>
              )}
            </li>
          </Card>
        ))}
      </ol>
      <Card asChild>
        <section aria-label={i.answer} className="block">
          <ActionForm
            action={answerThreadAction}
            hidden={{ threadId }}
            submitLabel={i.answer}
            pendingLabel={t.common.loading}
          >
            <FormTextarea name="body" label={i.answerField} />
          </ActionForm>
        </section>
      </Card>
    </div>
  );
}
