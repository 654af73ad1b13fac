import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryHelpSection } from "@/components/logistics/delivery-help-section";
import { SlotPicker } from "@/components/logistics/slot-picker";
import { Card } from "@/components/ui/card";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getPickupOptions } from "@/lib/domain/slot/get-pickup-options";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.logistics.page.title };
}

// Also the step after confirming an order (?confirmee=1, lib/actions/shop.ts confirmOrderAction).
export default async function PickupPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<{ confirmee?: string }>;
}) {
  const { orderId } = await params;
  const justConfirmed = Boolean((await searchParams).confirmee);
  const actor = await loadPageActor(`/retrait/${orderId}`);
  const { locale, t } = await getMessages();
  const options = await orNotFound(getPickupOptions({ actor, orderId, now: new Date() }));
  const p = t.logistics.page;
  const tz = options.market.timeZone;
  const at = (d: Date, pattern: string) => formatInZone(d, pattern, tz, locale);
  const d = options.distribution;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      {justConfirmed && options.basketConfirmed && (
        <Card role="status" className="gap-0 bg-leaf-600 text-white">
          <p className="text-lg font-semibold">{t.shop.confirmed}</p>
          <p>{p.nextStep}</p>
        </Card>
      )}
      <header>
        <h1 className="text-2xl font-bold">{p.title}</h1>
        <p className="font-semibold">{p.basket(options.basketNumber)}</p>
        <p className="first-letter:uppercase">
          {p.pickupAt(
            at(d.pickupStartAt, t.market.dateFormat),
            at(d.pickupStartAt, "HH:mm"),
            at(d.pickupEndAt, "HH:mm"),
            `${d.place.name}, ${d.place.address}, ${d.place.city}`,
          )}
        </p>
      </header>
      {options.slots.enabled && (
        <SlotPicker
          orderId={options.id}
          slots={options.slots.slots}
          bookable={options.basketConfirmed}
          timeZone={tz}
          locale={locale}
          t={t}
        />
      )}
      {options.market.deliveryHelpEnabled && <DeliveryHelpSection options={options} t={t} locale={locale} />}
      <Link href={`/commande/${options.id}`} className="text-leaf-700 underline">
        {p.seeOrder}
      </Link>
    </div>
  );
}
