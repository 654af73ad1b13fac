import { NotificationList } from "@/components/notice/notification-list";
import { ActionForm, FormField, FormSelect, FormTextarea } from "@/components/ui/action-form";
import { replyToMessageAction, startConversationAction } from "@/lib/actions/messages";
import { loadProducerSpaceActor } from "@/lib/auth/load-page-actor";
import { listInbox } from "@/lib/domain/message/list-messages";
import { listConversationChoices } from "@/lib/domain/message/start-conversation";
import { listNotifications } from "@/lib/domain/notice/list-notifications";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

export default async function InboxPage() {
  const actor = await loadProducerSpaceActor("/producteur/messages");
  const { locale, t } = await getMessages();
  const [inbox, notifications, producers] = await Promise.all([
    listInbox({ actor }),
    listNotifications({ actor, now: new Date() }),
    listConversationChoices({ actor }),
  ]);
  const w = t.inbox.producer;
  const n = t.producer.notifications;
  const i = t.producer.inbox;
  return (
    <div className="flex flex-col gap-3">
      <section aria-labelledby="notifications" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="notifications" className="mb-1 text-lg font-semibold">
          {n.title}
        </h2>
        {notifications.length === 0 ? (
          <p className="text-sm text-muted">{n.none}</p>
        ) : (
          <NotificationList notifications={notifications} kinds={n.kinds} />
        )}
      </section>
      {producers.length > 0 && (
        <section aria-labelledby="write" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="write" className="mb-1 text-lg font-semibold">
            {w.title}
          </h2>
          <p className="mb-3 text-sm text-muted">{w.intro}</p>
          <ActionForm
            action={startConversationAction}
            hidden={producers.length === 1 ? { producerId: producers[0].id } : {}}
            submitLabel={w.send}
            pendingLabel={t.common.loading}
          >
            {producers.length > 1 && (
              <FormSelect name="producerId" label={w.as} options={producers.map((p) => [p.id, p.name])} />
            )}
            <FormField name="market" label={w.market} hint={w.marketHint} />
            <FormField name="subject" label={w.subject} />
            <FormTextarea name="body" label={w.body} />
            <FormSelect
              name="catalogId"
              label={w.catalog}
              options={[
                ["", w.noCatalog],
                ...producers.flatMap((p) =>
                  p.catalogs.map((c): [string, string] => [
                    c.id,
                    producers.length > 1 ? `${p.name} — ${c.name}` : c.name,
                  ]),
                ),
              ]}
            />
          </ActionForm>
        </section>
      )}
      <h1 className="text-2xl font-bold">{i.title}</h1>
      {inbox.length === 0 && <p className="rounded-lg bg-white p-4">{i.none}</p>}
      {inbox.map((message) => (
        <article
          key={message.id}
          className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm"
          data-message={message.subject}
        >
          <header>
            <h2 className="font-semibold">
              {message.subject}
              {!message.read && (
                <span className="ml-2 rounded bg-leaf-100 px-1.5 py-0.5 text-xs font-bold text-leaf-900">
                  {i.unread}
                </span>
              )}
            </h2>
            <p className="text-xs text-muted">
              {i.from(`${message.sender.firstName} ${message.sender.lastName}`, message.market?.name ?? "")} ·{" "}
              {formatInZone(message.createdAt, "dd/MM/yyyy HH:mm", message.market?.timeZone ?? "Europe/Paris", locale)}
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
            <summary className="cursor-pointer text-sm font-semibold text-leaf-700">{i.reply}</summary>
            <ActionForm
              action={replyToMessageAction}
              hidden={{ messageId: message.id }}
              submitLabel={i.reply}
              pendingLabel={t.common.loading}
            >
              <FormField name="body" label={i.replyField} />
            </ActionForm>
          </details>
        </article>
      ))}
    </div>
  );
}
