import { CopyButton } from "@/components/ui/copy-button";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { marketLink } from "@/lib/market-link";
import { qrCodeSvg } from "@/lib/qr-code";
import { Card } from "@/components/ui/card";

// The market's shared link where an admin spreads it (seed 000 §6): to open, to copy, as a QR code to show on a
// phone, and as an A4 poster to print. The QR code is drawn on the server: the page sends no script for it.
export async function ShareLink({
  market,
  locale,
  t,
  heading: Heading = "h2",
}: {
  market: { id: string; slug: string };
  locale: Locale;
  t: Messages;
  heading?: "h1" | "h2";
}) {
  const link = marketLink(market.slug);
  const qr = await qrCodeSvg(link);
  const s = t.admin.share;
  return (
    <Card asChild>
      <section aria-labelledby="share-link" className="gap-4 sm:flex-row">
        <div className="flex min-w-0 grow flex-col gap-3">
          <Heading id="share-link" className="text-lg font-semibold">
            {s.title}
          </Heading>
          <a href={link} className="font-mono break-all text-leaf-700 underline">
            {link}
          </a>
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton text={link} label={s.copy} copiedLabel={s.copied} />
            <a
              href={localizedPath(locale, `/admin/${market.id}/affiche`)}
              className="text-sm font-semibold text-leaf-700 underline"
            >
              {s.poster}
            </a>
          </div>
          <p className="text-sm text-muted">{s.hint}</p>
        </div>
        <div
          role="img"
          aria-label={s.qrLabel(link)}
          data-testid="market-qr"
          className="size-40 shrink-0 self-center"
          // Markup the qrcode package drew from the link on the server: no input of anybody's reaches it but the link.
          dangerouslySetInnerHTML={{ __html: qr }}
        />
      </section>
    </Card>
  );
}
