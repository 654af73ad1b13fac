import { AddressLocationNote } from "@/components/address-location";
import { PlaceFields } from "@/components/admin/place-fields";
import { ActionForm } from "@/components/ui/action-form";
import { archivePlaceAction, restorePlaceAction, savePlaceAction } from "@/lib/actions/places";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { addressLocation } from "@/lib/domain/geocoding/geocoder";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

// « Onglet LIEU DE DISTRIBUTION »: the market's places, each editable, removable (archived once used), and a form
// to add one.
export default async function PlacesAdminPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const { market } = await loadAdminMarket(marketId, `/admin/${marketId}/lieux`);
  const { t } = await getMessages();
  const p = t.admin.places;
  const active = market.places.filter((place) => !place.archivedAt);
  const archived = market.places.filter((place) => place.archivedAt);
  // Archiving and restoring move the place to the other list, taking the form along: the message is a toast.
  const moveButton = (action: typeof archivePlaceAction, placeId: string, label: string) => (
    <ActionForm
      action={action}
      hidden={{ marketId, placeId }}
      submitLabel={label}
      pendingLabel={t.common.loading}
      messageAs="toast"
      variant="secondary"
    />
  );
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{p.title}</h1>
        <p className="text-sm text-muted">{p.intro}</p>
      </div>
      <ul className="flex flex-col gap-3">
        {active.map((place) => (
          <Card asChild key={place.id}>
            <li data-place={place.name} className="gap-3" aria-label={place.name}>
              <p className="text-sm text-muted">{p.distributions(place._count.distributions)}</p>
              <AddressLocationNote location={addressLocation(place)} t={t} />
              <ActionForm
                action={savePlaceAction}
                hidden={{ marketId, placeId: place.id }}
                submitLabel={p.save}
                pendingLabel={t.common.loading}
              >
                <PlaceFields t={t} place={place} />
              </ActionForm>
              {moveButton(archivePlaceAction, place.id, p.archive)}
            </li>
          </Card>
        ))}
      </ul>
      <Card asChild>
        <section aria-labelledby="add-place" className="block">
          <h2 id="add-place" className="mb-2 text-lg font-semibold">
            {p.add}
          </h2>
          <ActionForm
            action={savePlaceAction}
            hidden={{ marketId }}
            submitLabel={p.add}
            pendingLabel={t.common.loading}
          >
            <PlaceFields t={t} />
          </ActionForm>
        </section>
      </Card>
      {archived.length > 0 && (
        <Card asChild>
          <section aria-labelledby="archived-places" className="block">
            <h2 id="archived-places" className="mb-2 text-lg font-semibold">
              {p.archivedList}
            </h2>
            <ul className="flex flex-col gap-2">
              {archived.map((place) => (
                <li
                  key={place.id}
                  data-place={place.name}
                  className="flex flex-wrap items-center justify-between gap-2"
                >
                  <span>
                    {place.name} — {place.address}, {place.zipCode} {place.city} ·{" "}
                    {p.distributions(place._count.distributions)}
                  </span>
                  {moveButton(restorePlaceAction, place.id, p.restore)}
                </li>
              ))}
            </ul>
          </section>
        </Card>
      )}
    </div>
  );
}
