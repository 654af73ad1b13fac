import Link from "next/link";
import { MessageForm } from "@/components/admin/confirmed-forms";
import { MessageEditor } from "@/components/messaging/message-editor";
import { ActionForm, FormField, FormSelect } from "@/components/ui/action-form";
import { sendMarketMessageAction, setClosingReminderAction } from "@/lib/actions/messages";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listSentMessages } from "@/lib/domain/message/list-messages";
import { audienceSizes, type MarketAudience } from "@/lib/domain/message/message-audience";
import { getReusableMessage, listMessagesFromOtherMarkets } from "@/lib/domain/message/reusable-messages";
import {
  MAX_MESSAGE_EMAILS_PER_DAY,
  MAX_MESSAGES_PER_DAY,
  MAX_SUBJECT_CHARS,
} from "@/lib/domain/message/message-limits";
import { ATTACHMENT_TYPES } from "@/lib/domain/message/sniff-attachment";
import { getClosingReminderHours } from "@/lib/domain/notice/closing-reminder-hours";
import { CLOSING_REMINDER_HOURS } from "@/lib/domain/notice/queue-closing-reminders";
import { getProducerNameOrThrow } from "@/lib/domain/producer/get-producer-name";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { Card } from "@/components/ui/card";

type Search = { reutiliser?: string; producteur?: string };

export default async function MessagingPage({
  params,
  searchParams,
}: {
  params: Promise<{ marketId: string }>;
  searchParams: Promise<Search>;
}) {
  const { marketId } = await params;
  const query = await searchParams;
  const actor = await loadPageActor(`/admin/${marketId}/messagerie`);
  const { locale, t } = await getMessages();
  const [history, otherMarkets, closingReminderHours, sizes] = await orNotFound(
    Promise.all([
      listSentMessages({ actor, marketId }),
      listMessagesFromOtherMarkets({ actor, marketId }),
      getClosingReminderHours({ actor, marketId }),
      audienceSizes({ actor, marketId, now: new Date() }),
    ]),
  );
  const producer = query.producteur ? await orNotFound(getProducerNameOrThrow(query.producteur)) : null;
  const reused = query.reutiliser
    ? await orNotFound(getReusableMessage({ actor, marketId, messageId: query.reutiliser }))
    : null;
  const m = t.admin.messages;
  const audiences = Object.entries(m.audiences).filter(([key]) => key !== "PRODUCER") as [string, string][];
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <Card asChild>
        <section aria-labelledby="compose" className="block">
          <h1 id="compose" className="mb-3 text-2xl font-bold">
            {producer ? m.toProducer(producer.name) : m.title}
          </h1>
          <MessageForm
            key={reused?.id ?? producer?.id ?? "new"}
            action={sendMarketMessageAction}
            hidden={{ marketId, ...(producer ? { producerId: producer.id } : {}) }}
            submitLabel={m.send}
            pendingLabel={t.common.loading}
            confirm={{
              title: m.sendConfirm.title,
              byAudience: Object.fromEntries(
                audiences.map(([key, label]) => [key, m.sendConfirm.to(label, sizes[key as MarketAudience])]),
              ),
              description: producer ? m.sendConfirm.toProducer(producer.name) : undefined,
              cancelLabel: m.sendConfirm.cancel,
            }}
          >
            {!producer && (
              <FormSelect
                name="audience"
                label={m.audience}
                options={audiences}
                defaultValue={reused?.audience && reused.audience !== "PRODUCER" ? reused.audience : "ALL_MEMBERS"}
              />
            )}
            <FormField name="subject" label={m.subject} defaultValue={reused?.subject} maxLength={MAX_SUBJECT_CHARS} />
            <MessageEditor
              name="body"
              label={m.body}
              defaultValue={reused?.bodyHtml}
              marketId={marketId}
              labels={m.editor}
            />
            {!producer && (
              <FormField
                name="attachments"
                type="file"
                multiple
                label={m.attachmentsField}
                accept={Object.entries(ATTACHMENT_TYPES)
                  .flatMap(([type, extensions]) => [type, ...extensions.map((e) => `.${e}`)])
                  .join(",")}
              />
            )}
          </MessageForm>
          <p className="mt-3 text-sm text-muted">
            {m.dailyAllowance(MAX_MESSAGES_PER_DAY, formatDecimal(MAX_MESSAGE_EMAILS_PER_DAY, locale))}
          </p>
        </section>
      </Card>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="history">
          <h2 id="history" className="mb-2 text-lg font-semibold">
            {m.history}
          </h2>
          {history.length === 0 ? (
            <Card asChild>
              <p className="text-sm">{m.none}</p>
            </Card>
          ) : (
            <ul className="flex flex-col gap-2">
              {history.map((message) => (
                <ReusableMessage
                  key={message.id}
                  message={message}
                  detail={`${message.toProducer ? message.toProducer.name : m.audiences[message.audience]} · ${m.recipients(message._count.recipients)}`}
                  href={`/admin/${marketId}/messagerie?reutiliser=${message.id}`}
                  reuse={m.reuse}
                  locale={locale}
                />
              ))}
            </ul>
          )}
        </section>
        {otherMarkets.length > 0 && (
          <section aria-labelledby="other-markets">
            <h2 id="other-markets" className="mb-2 text-lg font-semibold">
              {m.otherMarkets}
            </h2>
            <ul className="flex flex-col gap-2">
              {otherMarkets.map((message) => (
                <ReusableMessage
                  key={message.id}
                  message={message}
                  detail={message.market?.name ?? ""}
                  href={`/admin/${marketId}/messagerie?reutiliser=${message.id}`}
                  reuse={m.reuse}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
        )}
        <AutomaticEmails marketId={marketId} hours={closingReminderHours} m={m.automatic} loading={t.common.loading} />
      </div>
    </div>
  );
}

// A message sent earlier, here or by another market the admin writes for, dated in its market's time zone.
function ReusableMessage({
  message,
  detail,
  href,
  reuse,
  locale,
}: {
  message: { subject: string; createdAt: Date; market: { timeZone: string } | null };
  detail: string;
  href: string;
  reuse: string;
  locale: Locale;
}) {
  return (
    <Card asChild>
      <li className="block p-3 text-sm">
        <p className="font-semibold">{message.subject}</p>
        <p className="text-muted">
          {formatInZone(message.createdAt, "dd/MM/yyyy HH:mm", message.market?.timeZone ?? DEFAULT_TIME_ZONE, locale)} ·{" "}
          {detail}
        </p>
        {/* Up to a hundred of them: a prefetch each would cost the page as many requests. */}
        <Link prefetch={false} href={href} className="text-leaf-700 underline">
          {reuse}
        </Link>
      </li>
    </Card>
  );
}

// Every e-mail Cabas sends in the market's name without anyone writing it, and the one choice it leaves the
// admins: when members hear that orders close soon.
function AutomaticEmails({
  marketId,
  hours,
  m,
  loading,
}: {
  marketId: string;
  hours: number;
  m: Messages["admin"]["messages"]["automatic"];
  loading: string;
}) {
  const groups: [string, [string, boolean][]][] = [
    [
      m.toMembers,
      [
        [m.saleOpening, true],
        [m.closingSoon(hours), true],
        [m.orderConfirmation, false],
        [m.draftDropped, false],
        [m.pickupReminder, true],
      ],
    ],
    [m.toProducers, [[m.closeOrders, false]]],
    [
      m.toAdmins,
      [
        [m.noCatalog, false],
        [m.validation, false],
      ],
    ],
  ];
  return (
    <Card asChild>
      <section aria-labelledby="automatic" className="block text-sm">
        <h2 id="automatic" className="mb-1 text-lg font-semibold">
          {m.title}
        </h2>
        <p className="mb-3 text-muted">{m.intro}</p>
        {groups.map(([audience, mails]) => (
          <div key={audience} className="mb-3">
            <h3 className="font-semibold">{audience}</h3>
            <ul className="ml-4 list-disc">
              {mails.map(([text, optional]) => (
                <li key={text}>
                  {text}
                  {optional && <span className="ml-1 text-muted">({m.optOut})</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <ActionForm action={setClosingReminderAction} hidden={{ marketId }} submitLabel={m.save} pendingLabel={loading}>
          <FormSelect
            name="closingReminderHours"
            label={m.closingReminderHours}
            options={CLOSING_REMINDER_HOURS.map((h) => [String(h), m.hours(h)])}
            defaultValue={String(hours)}
          />
        </ActionForm>
      </section>
    </Card>
  );
}
