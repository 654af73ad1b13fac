import Link from "next/link";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listThreads } from "@/lib/domain/message/market-inbox";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

// « Messages reçus »: the market's threads with members and producers, each with what this admin has not read.
export default async function MarketInboxPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/messagerie/recus`);
  const { locale, t } = await getMessages();
  const { threads, timeZone } = await orNotFound(listThreads({ actor, marketId }));
  const i = t.inbox.admin;
  return (
    <section aria-labelledby="inbox" className="flex flex-col gap-3">
      <h1 id="inbox" className="text-2xl font-bold">
        {i.title}
      </h1>
      <p className="text-sm text-muted">{i.intro}</p>
      {threads.length === 0 ? (
        <Card asChild>
          <p className="text-sm">{i.none}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-2">
          {threads.map((thread) => (
            <Card asChild key={thread.id}>
              <li className="flex-row flex-wrap items-baseline justify-between gap-2 p-3">
                <div>
                  {/* Opening a thread reads it: never on a prefetch. */}
                  <Link
                    prefetch={false}
                    href={`/admin/${marketId}/messagerie/recus/${thread.id}`}
                    className={`text-leaf-700 underline ${thread.unread > 0 ? "font-bold" : ""}`}
                  >
                    {thread.subject}
                  </Link>
                  <p className="text-sm text-muted">
                    {thread.with} · {thread.isProducer ? i.producer : i.member} ·{" "}
                    {formatInZone(thread.lastMessageAt, "dd/MM/yyyy HH:mm", timeZone, locale)}
                  </p>
                </div>
                {thread.unread > 0 && (
                  <span className="rounded bg-leaf-100 px-1.5 py-0.5 text-xs font-bold text-leaf-900">
                    {i.unread(thread.unread)}
                  </span>
                )}
              </li>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
