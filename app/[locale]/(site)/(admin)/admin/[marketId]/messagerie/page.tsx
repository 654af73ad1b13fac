import Link from "next/link";
import { MessageEditor } from "@/components/messaging/message-editor";
import { ActionForm, FormField, FormSelect } from "@/components/ui/action-form";
import { sendMarketMessageAction } from "@/lib/actions/messages";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listSentMessages } from "@/lib/domain/message/list-messages";
import {
  MAX_MESSAGE_EMAILS_PER_DAY,
  MAX_MESSAGES_PER_DAY,
  MAX_SUBJECT_CHARS,
} from "@/lib/domain/message/message-limits";
import { ATTACHMENT_TYPES } from "@/lib/domain/message/sniff-attachment";
import { getProducerNameOrThrow } from "@/lib/domain/producer/get-producer-name";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

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
  const history = await orNotFound(listSentMessages({ actor, marketId }));
  const producer = query.producteur ? await orNotFound(getProducerNameOrThrow(query.producteur)) : null;
  const reused = history.find((m) => m.id === query.reutiliser);
  const m = t.admin.messages;
  const audiences = Object.entries(m.audiences).filter(([key]) => key !== "PRODUCER") as [string, string][];
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <section aria-labelledby="compose" className="rounded-xl bg-white p-4 shadow-sm">
        <h1 id="compose" className="mb-3 text-2xl font-bold">
          {producer ? m.toProducer(producer.name) : m.title}
        </h1>
        <ActionForm
          key={reused?.id ?? producer?.id ?? "new"}
          action={sendMarketMessageAction}
          hidden={{ marketId, ...(producer ? { producerId: producer.id } : {}) }}
          submitLabel={m.send}
          pendingLabel={t.common.loading}
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
        </ActionForm>
        <p className="mt-3 text-sm text-muted">
          {m.dailyAllowance(MAX_MESSAGES_PER_DAY, formatDecimal(MAX_MESSAGE_EMAILS_PER_DAY, locale))}
        </p>
      </section>
      <section aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          {m.history}
        </h2>
        {history.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-sm">{m.none}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {history.map((message) => (
              <li key={message.id} className="rounded-lg bg-white p-3 text-sm shadow-sm">
                <p className="font-semibold">{message.subject}</p>
                <p className="text-muted">
                  {formatInZone(message.createdAt, "dd/MM/yyyy HH:mm", DEFAULT_TIME_ZONE, locale)} ·{" "}
                  {message.toProducer ? message.toProducer.name : m.audiences[message.audience]} ·{" "}
                  {m.recipients(message._count.recipients)}
                </p>
                <Link
                  href={`/admin/${marketId}/messagerie?reutiliser=${message.id}`}
                  className="text-leaf-700 underline"
                >
                  {m.reuse}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
