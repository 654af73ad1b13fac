"use server";

import { revalidatePath } from "next/cache";
import { createCatalog } from "@/lib/domain/catalog/producer-catalogs";
import { importProducts, previewProductImport } from "@/lib/domain/catalog/product-csv";
import { deleteProduct, saveProduct, setProductActive } from "@/lib/domain/catalog/save-product";
import { respondToParticipation } from "@/lib/domain/participation/producer-sales";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { addProducerUser, removeProducerUser } from "@/lib/domain/producer/producer-users";
import { answerLinkRequest } from "@/lib/domain/catalog-link/answer-link-request";
import { renewCatalogShareKey } from "@/lib/domain/catalog-link/renew-catalog-share-key";
import { appUrl } from "@/lib/env";
import { updateProducer } from "@/lib/domain/producer/update-producer";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { emailSchema } from "@/lib/validation/auth";
import { catalogSchema, producerSchema, productSchema } from "@/lib/validation/producer";
import { invalidatePublicPages } from "@/lib/public-cache";
import { translateError } from "@/lib/i18n/translate-error";
import { fieldErrorsOf, formObject, formValues, type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";
import { redirectHere } from "./redirect-here";

export async function createProducerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let producerId: string | null = null;
  const values = formValues(formData);
  const state = await runSignedInAction(values, async ({ actor, t }) => {
    const parsed = producerSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    producerId = (await createProducer({ actor, input: parsed.data, geocoder: banGeocoder() })).id;
    return { ok: true };
  });
  if (producerId) await redirectHere(`/producteur/${producerId}`);
  return state;
}

export async function createCatalogAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = catalogSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    await createCatalog({ actor, producerId, ...parsed.data });
    revalidatePath(`/producteur/${producerId}`);
    // The producer's public page lists its catalogs.
    invalidatePublicPages();
    return { ok: true };
  });
}

export async function saveProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const catalogId = field(formData, "catalogId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = productSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    const photo = formData.get("photo");
    const upload =
      photo instanceof File && photo.size > 0
        ? { bytes: new Uint8Array(await photo.arrayBuffer()), size: photo.size }
        : undefined;
    await saveProduct({
      actor,
      catalogId,
      productId: field(formData, "productId") || undefined,
      input: parsed.data,
      photo: upload,
    });
    revalidatePath(`/producteur/catalogues/${catalogId}`);
    invalidatePublicPages();
    return { ok: true, message: t.producer.product.saved };
  });
}

export async function setProductActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor }) => {
    await setProductActive({
      actor,
      productId: field(formData, "productId"),
      active: field(formData, "active") === "1",
    });
    revalidatePath(`/producteur/catalogues/${field(formData, "catalogId")}`);
    invalidatePublicPages();
    return { ok: true };
  });
}

export async function deleteProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, t }) => {
    await deleteProduct({ actor, productId: field(formData, "productId") });
    revalidatePath(`/producteur/catalogues/${field(formData, "catalogId")}`);
    invalidatePublicPages();
    return { ok: true, message: t.producer.product.deleted };
  });
}

export async function respondToParticipationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    const accept = field(formData, "answer") === "accept";
    await respondToParticipation({
      actor,
      catalogId: field(formData, "catalogId"),
      distributionId: field(formData, "distributionId"),
      accept,
      now,
    });
    revalidatePath("/producteur/ventes");
    invalidatePublicPages();
    return { ok: true, message: accept ? t.producer.sales.accepted : t.producer.sales.declined };
  });
}

export async function importProductsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const catalogId = field(formData, "catalogId");
  const values = formValues(formData);
  const text = field(formData, "csv");
  return runSignedInAction(values, async ({ actor, t }) => {
    const rows = (await previewProductImport({ actor, catalogId, text })).map((r) => ({
      line: r.line,
      label: r.name,
      error: r.error ? (t.producer.errors[r.error] ?? translateError(t, r.error)) : null,
    }));
    if (field(formData, "intent") !== "import") return { values, rows };
    const { created } = await importProducts({ actor, catalogId, text });
    revalidatePath(`/producteur/catalogues/${catalogId}`);
    invalidatePublicPages();
    return { ok: true, message: t.producer.csv.done(created) };
  });
}

export async function addProducerUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const email = emailSchema.safeParse(formData.get("email"));
    if (!email.success) return { fieldErrors: { email: t.producer.errors.emailInvalid }, values };
    await addProducerUser({ actor, producerId, email: email.data });
    revalidatePath(`/producteur/${producerId}`);
    return { ok: true, message: t.producer.team.added };
  });
}

export async function removeProducerUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  return runSignedInAction({}, async ({ actor, t }) => {
    await removeProducerUser({ actor, producerId, userId: field(formData, "userId") });
    revalidatePath(`/producteur/${producerId}`);
    return { ok: true, message: t.producer.team.removed };
  });
}

export async function updateProducerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = producerSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    const files = formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
    const photos = await Promise.all(
      files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), size: f.size })),
    );
    const { location } = await updateProducer({
      actor,
      producerId,
      input: parsed.data,
      photos,
      geocoder: banGeocoder(),
    });
    revalidatePath(`/producteur/${producerId}/profil`);
    // Its public page, and its name on market and shop pages.
    invalidatePublicPages();
    const where = location ? ` ${t.common.location[location]}` : "";
    return { ok: true, message: t.producer.profile.saved + where, values };
  });
}

// The answered request leaves the list (and its form with it), so the outcome is shown by the page it
// returns to rather than by the form.
export async function answerLinkRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  const accept = field(formData, "answer") === "accept";
  const state = await runSignedInAction({}, async ({ actor, now }) => {
    await answerLinkRequest({ actor, requestId: field(formData, "requestId"), accept, appUrl: appUrl(), now });
    if (accept) invalidatePublicPages();
    return { ok: true };
  });
  if (state.ok)
    await redirectHere(`/producteur/${encodeURIComponent(producerId)}?reponse=${accept ? "acceptee" : "declinee"}`);
  return state;
}

export async function renewCatalogShareKeyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  return runSignedInAction({}, async ({ actor, t }) => {
    await renewCatalogShareKey({ actor, catalogId: field(formData, "catalogId") });
    revalidatePath(`/producteur/${producerId}`);
    return { ok: true, message: t.producer.catalogs.renewed };
  });
}
