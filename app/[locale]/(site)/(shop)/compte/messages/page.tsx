import type { Metadata } from "next";
import Link from "next/link";
import { ReceivedMessageCard } from "@/components/messaging/received-message";
import { Card } from "@/components/ui/card";
import { loadPageActor } from "@/lib/auth/load-page-actor";
import { listMemberMessages } from "@/lib/domain/message/member-messages";
import { getMessages } from "@/lib/i18n/page";

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
      {messages.length === 0 && (
        <Card asChild>
          <p>{m.none}</p>
        </Card>
      )}
      {messages.map((message) => (
        <ReceivedMessageCard
          key={message.id}
          message={message}
          labels={m}
          pendingLabel={t.common.loading}
          locale={locale}
        />
      ))}
    </div>
  );
}
