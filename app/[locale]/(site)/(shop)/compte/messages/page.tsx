import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, FormTextarea } from "@/components/ui/action-form";
import { replyToMessageAction } from "@/lib/actions/messages";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listMemberMessages } from "@/lib/domain/message/member-messages";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.inbox.member.title };
}

// « Mon compte » › the messages this person received from their markets, each answerable in the app: the answer
// reaches the market's admins alone.
export default async function MemberMessagesPage() {
  const actor = await loadPageActor("/compte/messages");
  const { locale, t } = await getMessages();
  const messages = await listMemberMessages({ actor });
  const m = t.inbox.member;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-3">
      <Link href="/compte" className="text-sm text-leaf-700 underline">
        {t.shop.account.title}
      </Link>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      {messages.length === 0 && <p className="rounded-lg bg-white p-4">{m.none}</p>}
      {messages.map((message) => (
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
                  {m.unread}
                </span>
              )}
            </h2>
            <p className="text-xs text-muted">
              {m.from(`${message.sender.firstName} ${message.sender.lastName}`, message.market?.name ?? "")} ·{" "}
              {formatInZone(
                message.createdAt,
                "dd/MM/yyyy HH:mm",
                message.market?.timeZone ?? DEFAULT_TIME_ZONE,
                locale,
              )}
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
            <summary className="cursor-pointer text-sm font-semibold text-leaf-700">{m.reply}</summary>
            <ActionForm
              action={replyToMessageAction}
              hidden={{ messageId: message.id }}
              submitLabel={m.reply}
              pendingLabel={t.common.loading}
            >
              <FormTextarea name="body" label={m.replyField} />
            </ActionForm>
          </details>
        </article>
      ))}
    </div>
  );
}
