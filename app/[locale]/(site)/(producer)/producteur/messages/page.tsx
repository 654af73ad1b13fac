import { ReceivedMessageCard } from "@/components/messaging/received-message";
import { NotificationList } from "@/components/notice/notification-list";
import { ActionForm, FormField, FormSelect, FormTextarea } from "@/components/ui/action-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { startConversationAction } from "@/lib/actions/messages";
import { loadProducerSpaceActor } from "@/lib/auth/load-page-actor";
import { listInbox } from "@/lib/domain/message/list-messages";
import { listConversationChoices } from "@/lib/domain/message/start-conversation";
import { listNotifications } from "@/lib/domain/notice/list-notifications";
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
      <Card asChild>
        <section aria-labelledby="notifications">
          <CardTitle asChild>
            <h2 id="notifications">{n.title}</h2>
          </CardTitle>
          {notifications.length === 0 ? (
            <p className="text-sm text-muted">{n.none}</p>
          ) : (
            <NotificationList notifications={notifications} kinds={n.kinds} />
          )}
        </section>
      </Card>
      {producers.length > 0 && (
        <Card asChild>
          <section aria-labelledby="write">
            <CardHeader>
              <CardTitle asChild>
                <h2 id="write">{w.title}</h2>
              </CardTitle>
              <CardDescription>{w.intro}</CardDescription>
            </CardHeader>
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
        </Card>
      )}
      <h1 className="text-2xl font-bold">{i.title}</h1>
      {inbox.length === 0 && (
        <Card>
          <p>{i.none}</p>
        </Card>
      )}
      {inbox.map((message) => (
        <ReceivedMessageCard
          key={message.id}
          message={message}
          labels={i}
          pendingLabel={t.common.loading}
          locale={locale}
        />
      ))}
    </div>
  );
}
