import Link from "next/link";
import { AddressLocationNote } from "@/components/address-location";
import { ActionForm, FormChoice, FormField, FormTextarea } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { updateProducerAction } from "@/lib/actions/producer";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerProfileOrThrow } from "@/lib/domain/producer/update-producer";
import { getMessages } from "@/lib/i18n/page";

export default async function ProducerProfilePage({ params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  const actor = await loadPageActor(`/producteur/${producerId}/profil`);
  const { t } = await getMessages();
  const producer = await orNotFound(getProducerProfileOrThrow({ actor, producerId }));
  const f = t.producer.fields;
  return (
    <Card asChild>
      <section>
        <h1 className="text-xl font-bold">{t.producer.profile.title}</h1>
        <Link href={`/producteurs/${producer.slug}`} className="text-sm text-leaf-700 underline">
          {t.producer.profile.publicPage}
        </Link>
        {producer.photos.length > 0 && (
          <div className="flex flex-wrap gap-2">
            {producer.photos.map((photo) => (
              // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
              <img
                key={photo.id}
                src={`/images/${photo.imageId}`}
                alt=""
                width={96}
                height={96}
                className="h-24 w-24 rounded-lg object-cover"
              />
            ))}
          </div>
        )}
        <ActionForm
          action={updateProducerAction}
          hidden={{ producerId }}
          submitLabel={t.common.save}
          pendingLabel={t.common.loading}
        >
          <FormField name="name" label={f.name} defaultValue={producer.name} />
          <FormTextarea name="description" label={f.description} defaultValue={producer.description ?? ""} />
          <FormField name="address" label={f.address} defaultValue={producer.address ?? ""} />
          <FormChoice
            type="checkbox"
            name="publishAddress"
            defaultChecked={producer.publishAddress}
            label={f.publishAddress}
          />
          <div className="grid grid-cols-2 gap-3">
            <FormField name="zipCode" label={f.zipCode} defaultValue={producer.zipCode ?? ""} />
            <FormField name="city" label={f.city} defaultValue={producer.city ?? ""} />
          </div>
          <AddressLocationNote location={producer.location} t={t} />
          <p className="text-sm text-muted">{t.producer.profile.publishHint}</p>
          <FormField name="phone" type="tel" label={f.phone} defaultValue={producer.phone ?? ""} />
          <FormChoice
            type="checkbox"
            name="publishPhone"
            defaultChecked={producer.publishPhone}
            label={f.publishPhone}
          />
          <FormField name="email" type="email" label={f.email} defaultValue={producer.email ?? ""} />
          <FormChoice
            type="checkbox"
            name="publishEmail"
            defaultChecked={producer.publishEmail}
            label={f.publishEmail}
          />
          <FormField name="website" type="url" label={f.website} defaultValue={producer.website ?? ""} />
          <FormField
            name="photos"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            label={t.producer.profile.photos}
          />
        </ActionForm>
      </section>
    </Card>
  );
}
