import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getUnsubscribeOrThrow } from "@/lib/domain/account/unsubscribe";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.shop.unsubscribe.title, robots: { index: false, follow: false } };
}

// GET /desabonnement/<token> — the link of an e-mail's footer (and of its List-Unsubscribe header). Opening it
// changes nothing, since mail scanners open links: the button posts the form to this same address, which
// next.config.mjs sends to app/api/unsubscribe/[token]/route.ts, then comes back here.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getMessages();
  const state = await orNotFound(getUnsubscribeOrThrow({ token }));
  const u = t.shop.unsubscribe;
  const what = u.what[state.kind](state.marketName ?? "");
  return (
    <Card className="mx-auto max-w-md gap-4 p-6">
      <h1 className="text-xl font-bold">{u.title}</h1>
      {state.subscribed ? (
        <form method="post" action={`/desabonnement/${encodeURIComponent(token)}`} className="flex flex-col gap-3">
          <input type="hidden" name="source" value="page" />
          <p>{u.ask(what, state.email)}</p>
          <Button type="submit">{u.confirm}</Button>
        </form>
      ) : (
        <Alert>{u.done(what, state.email)}</Alert>
      )}
      <p className="text-sm text-muted">
        {u.changeMind}{" "}
        <Link href="/compte" className="text-leaf-700 underline">
          {u.account}
        </Link>
      </p>
    </Card>
  );
}
