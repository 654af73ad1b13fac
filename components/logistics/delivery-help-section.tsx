import {
  acceptDeliveryOfferAction,
  chooseDeliveryHelpAction,
  offerDeliveryAction,
  refuseDeliveryOfferAction,
  withdrawDeliveryHelpAction,
  withdrawDeliveryOfferAction,
} from "@/lib/actions/logistics";
import type { getPickupOptions } from "@/lib/domain/slot/get-pickup-options";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormChoice, FormField, FormFieldError } from "../ui/action-form";
import { Card } from "../ui/card";
import { telHref } from "@/lib/tel-href";

type Options = Awaited<ReturnType<typeof getPickupOptions>>;
type Help = Options["deliveryHelp"];
const CHOICES = ["NEEDS_DELIVERY", "CAN_DELIVER", "PICKUP_ONLY"] as const;

// Contact details arrive here only when the domain allows it (an accepted offer, before the deadline): this
// component shows what it is given and never fetches more.
export function DeliveryHelpSection({ options, t, locale }: { options: Options; t: Messages; locale: Locale }) {
  const p = t.logistics.page;
  const help = options.deliveryHelp;
  // The last day contacts show, « dimanche 2 juin 2026 » (the deadline is the midnight after it).
  const lastDay = formatInZone(
    new Date(help.contactsUntil.getTime() - 1),
    t.market.dateFormat,
    options.market.timeZone,
    locale,
  );
  return (
    <Card asChild>
      <section aria-labelledby="delivery-title">
        <h2 id="delivery-title" className="text-lg font-semibold">
          {p.deliveryTitle}
        </h2>
        {help.kind === "person" && <PersonView orderId={options.id} help={help} lastDay={lastDay} t={t} />}
        {help.kind === "volunteer" && <VolunteerView orderId={options.id} help={help} lastDay={lastDay} t={t} />}
        {help.kind === "pickupOnly" && <p className="font-medium">{p.yourStatus(p.choices.PICKUP_ONLY)}</p>}
        {help.kind === "none" ? (
          help.closed ? (
            <p className="text-sm text-muted">{p.helpClosed}</p>
          ) : help.basketConfirmed ? (
            <ChooseForm options={options} t={t} />
          ) : (
            <p className="text-sm text-muted">{p.basketFirst}</p>
          )
        ) : (
          <ActionForm
            action={withdrawDeliveryHelpAction}
            hidden={{ orderId: options.id }}
            submitLabel={
              help.kind === "person" ? p.withdrawRequest : help.kind === "volunteer" ? p.withdrawVolunteer : p.withdraw
            }
            pendingLabel={t.common.loading}
            variant="secondary"
            submitClassName="self-start"
          />
        )}
      </section>
    </Card>
  );
}

function ChooseForm({ options, t }: { options: Options; t: Messages }) {
  const p = t.logistics.page;
  return (
    <>
      <p className="text-sm text-muted">{p.deliveryIntro}</p>
      <ActionForm
        action={chooseDeliveryHelpAction}
        hidden={{ orderId: options.id }}
        submitLabel={p.saveStatus}
        pendingLabel={t.common.loading}
      >
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">{p.deliveryTitle}</legend>
          {CHOICES.map((choice) => (
            <label key={choice} className="flex items-center gap-2 rounded-lg border border-stone-300 p-3">
              <FormChoice name="choice" value={choice} />
              <span className="font-medium">{p.choices[choice]}</span>
            </label>
          ))}
        </fieldset>
        <FormFieldError name="choice" />
        <div className="flex flex-col gap-2 rounded-lg bg-earth-50 p-3">
          <p className="text-sm font-semibold">{p.needsWarning}</p>
          <p className="text-sm">{p.needsShare}</p>
          <FormField
            name="phone"
            label={p.phone}
            type="tel"
            autoComplete="tel"
            defaultValue={options.contact.phone ?? ""}
          />
          <FormField
            name="address"
            label={p.address}
            autoComplete="street-address"
            defaultValue={[
              options.contact.address,
              [options.contact.zipCode, options.contact.city].filter(Boolean).join(" "),
            ]
              .filter(Boolean)
              .join(", ")}
          />
          <label className="flex items-start gap-2 text-sm">
            <FormChoice
              type="checkbox"
              name="consent"
              className="mt-1 h-5 w-5"
              aria-describedby="field-consent-error"
            />
            <span>{p.consent}</span>
          </label>
          <FormFieldError name="consent" />
        </div>
      </ActionForm>
    </>
  );
}

function PersonView({
  orderId,
  help,
  lastDay,
  t,
}: {
  orderId: string;
  help: Extract<Help, { kind: "person" }>;
  lastDay: string;
  t: Messages;
}) {
  const p = t.logistics.page;
  const accepted = help.offers.find((o) => o.status === "ACCEPTED");
  const waiting = help.offers.filter((o) => o.status === "OFFERED");
  const past = help.offers.filter((o) => p.personOfferStatus[o.status]);
  return (
    <>
      <p className="font-medium">{p.yourStatus(p.choices.NEEDS_DELIVERY)}</p>
      {accepted ? (
        <div className="flex flex-col gap-2">
          <p>{p.deliveredBy(accepted.volunteer)}</p>
          <ContactCard contact={accepted.contact} lastDay={lastDay} t={t} />
          <ActionForm
            action={refuseDeliveryOfferAction}
            hidden={{ orderId, offerId: accepted.offerId }}
            submitLabel={p.endMatch(accepted.volunteer)}
            pendingLabel={t.common.loading}
            variant="secondary"
            submitClassName="self-start"
          />
        </div>
      ) : waiting.length === 0 ? (
        <p>{p.waitingHelper}</p>
      ) : (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{p.offersTitle}</h3>
          <ul className="flex flex-col gap-2">
            {waiting.map((o) => (
              <li key={o.offerId} className="flex flex-col gap-2 rounded-lg border border-stone-300 p-3">
                <span>{p.offerFrom(o.volunteer)}</span>
                <div className="flex flex-wrap gap-2">
                  <ActionForm
                    action={acceptDeliveryOfferAction}
                    hidden={{ orderId, offerId: o.offerId }}
                    submitLabel={p.accept}
                    pendingLabel={t.common.loading}
                  />
                  <ActionForm
                    action={refuseDeliveryOfferAction}
                    hidden={{ orderId, offerId: o.offerId }}
                    submitLabel={p.refuse}
                    pendingLabel={t.common.loading}
                    variant="danger"
                  />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {past.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm text-muted">
          {past.map((o) => (
            <li key={o.offerId}>{p.personOfferStatus[o.status](o.volunteer)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function VolunteerView({
  orderId,
  help,
  lastDay,
  t,
}: {
  orderId: string;
  help: Extract<Help, { kind: "volunteer" }>;
  lastDay: string;
  t: Messages;
}) {
  const p = t.logistics.page;
  const canOffer = !help.closed && help.liveOffers < help.maxOffers;
  return (
    <>
      <p className="font-medium">{p.yourStatus(p.choices.CAN_DELIVER)}</p>
      {!help.basketConfirmed ? (
        <p className="text-sm text-muted">{p.basketFirst}</p>
      ) : (
        <p className="text-sm">{p.limit(help.maxOffers, help.liveOffers)}</p>
      )}
      {help.offers.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{p.myOffersTitle}</h3>
          <ul className="flex flex-col gap-2">
            {help.offers.map((o) => (
              <li key={o.offerId} className="flex flex-col gap-2 rounded-lg border border-stone-300 p-3">
                <span>{p.volunteerOfferStatus[o.status](p.request(o.firstName, o.city))}</span>
                {o.status === "ACCEPTED" && (
                  <>
                    <ContactCard contact={o.contact} lastDay={lastDay} t={t} />
                    {o.contact && <p className="text-sm">{p.agree}</p>}
                  </>
                )}
                {(o.status === "OFFERED" || o.status === "ACCEPTED") && (
                  <ActionForm
                    action={withdrawDeliveryOfferAction}
                    hidden={{ orderId, offerId: o.offerId }}
                    submitLabel={p.withdrawOffer}
                    pendingLabel={t.common.loading}
                    variant="secondary"
                    submitClassName="self-start"
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {help.basketConfirmed && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{p.requestsTitle}</h3>
          <p className="text-sm text-muted">{p.requestsIntro}</p>
          {help.requests.length === 0 ? (
            <p className="text-sm text-muted">{p.requestsEmpty}</p>
          ) : (
            <>
              {!canOffer && !help.closed && <p className="text-sm font-medium">{p.limitReached}</p>}
              <ul className="flex flex-col gap-2">
                {help.requests.map((r) => (
                  <li
                    key={r.orderId}
                    className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-300 p-3"
                  >
                    <span>{p.request(r.firstName, r.city)}</span>
                    {canOffer && (
                      <ActionForm
                        action={offerDeliveryAction}
                        hidden={{ orderId, requestOrderId: r.orderId }}
                        submitLabel={p.offerThis}
                        pendingLabel={t.common.loading}
                        className="flex flex-col gap-1"
                      />
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </>
  );
}

type Contact = { name?: string; phone: string | null; address?: string | null; email: string } | null;

function ContactCard({ contact, lastDay, t }: { contact: Contact; lastDay: string; t: Messages }) {
  const p = t.logistics.page;
  if (!contact) return <p className="text-sm text-muted">{p.contactsExpired}</p>;
  return (
    <div className="flex flex-col gap-1 rounded-lg bg-leaf-50 p-3 text-sm" data-testid="delivery-contact">
      <p className="font-semibold">{p.contactTitle}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {contact.name && (
          <>
            <dt className="font-medium">{p.contactName}</dt>
            <dd>{contact.name}</dd>
          </>
        )}
        <dt className="font-medium">{p.contactPhone}</dt>
        <dd>
          {contact.phone ? (
            <a className="underline" href={telHref(contact.phone)}>
              {contact.phone}
            </a>
          ) : (
            p.contactNone
          )}
        </dd>
        {contact.address !== undefined && (
          <>
            <dt className="font-medium">{p.contactAddress}</dt>
            <dd>{contact.address ?? p.contactNone}</dd>
          </>
        )}
        <dt className="font-medium">{p.contactEmail}</dt>
        <dd>
          <a className="underline" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </dd>
      </dl>
      <p className="text-xs text-muted">{p.contactsUntil(lastDay)}</p>
    </div>
  );
}
