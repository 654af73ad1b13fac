import {
  chooseDeliveryHelpAction,
  volunteerToDeliverAction,
  withdrawDeliveryHelpAction,
} from "@/lib/actions/logistics";
import type { getPickupOptions } from "@/lib/domain/slot/get-pickup-options";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormChoice, FormField, FormFieldError } from "../ui/action-form";

type Options = Awaited<ReturnType<typeof getPickupOptions>>;
const CHOICES = ["NEEDS_DELIVERY", "CAN_DELIVER", "PICKUP_ONLY"] as const;

export function DeliveryHelpSection({ options, t }: { options: Options; t: Messages }) {
  const p = t.logistics.page;
  return (
    <section aria-labelledby="delivery-title" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm">
      <h2 id="delivery-title" className="text-lg font-semibold">
        {p.deliveryTitle}
      </h2>
      {options.deliveryHelp ? (
        <>
          <p className="font-medium">{p.yourStatus(p.choices[options.deliveryHelp])}</p>
          {options.deliveryHelp === "NEEDS_DELIVERY" && (
            <p>{options.deliveryHelper ? p.deliveredBy(options.deliveryHelper.firstName) : p.waitingHelper}</p>
          )}
          {!options.deliveryHelperId && (
            <ActionForm
              action={withdrawDeliveryHelpAction}
              hidden={{ orderId: options.id }}
              submitLabel={p.withdraw}
              pendingLabel={t.common.loading}
              variant="secondary"
              submitClassName="self-start"
            />
          )}
          {options.deliveryHelp === "CAN_DELIVER" && <DeliveryRequests options={options} t={t} />}
        </>
      ) : (
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
      )}
    </section>
  );
}

function DeliveryRequests({ options, t }: { options: Options; t: Messages }) {
  const p = t.logistics.page;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">{p.requestsTitle}</h3>
      {options.requests.length === 0 ? (
        <p className="text-sm text-muted">{p.requestsEmpty}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {options.requests.map((r) => (
            <li
              key={r.orderId}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-300 p-3"
            >
              <span>{p.request(r.firstName, r.city)}</span>
              {r.mine ? (
                <span className="text-sm font-medium text-leaf-700">{p.youDeliver}</span>
              ) : (
                <ActionForm
                  action={volunteerToDeliverAction}
                  hidden={{ orderId: options.id, requestOrderId: r.orderId }}
                  submitLabel={p.deliverThis}
                  pendingLabel={t.common.loading}
                  className="flex flex-col gap-1"
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
