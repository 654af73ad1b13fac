"use server";

import { revalidatePath } from "next/cache";
import { archivePlace } from "@/lib/domain/place/archive-place";
import { restorePlace } from "@/lib/domain/place/restore-place";
import { savePlace } from "@/lib/domain/place/save-place";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { invalidatePublicPages } from "@/lib/public-cache";
import { placeSchema } from "@/lib/validation/admin";
import { formValues, type FormState, formField as field, parseForm as parse } from "./form-state";
import { runSignedInAction } from "./run-action";

// The market's places (/admin/<id>/lieux): each change shows on the market page at once.
function placesChanged(marketId: string) {
  revalidatePath(`/admin/${marketId}`, "layout");
  invalidatePublicPages();
}

export async function savePlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const placeId = field(formData, "placeId") || undefined;
  return runSignedInAction(formValues(formData), async ({ actor, t }) => {
    const parsed = parse(placeSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const { location } = await savePlace({ actor, marketId, placeId, input: parsed.data, geocoder: banGeocoder() });
    placesChanged(marketId);
    // What became of the address goes with the message: located, unknown to the service, or to be tried again.
    const where = location ? ` ${t.common.location[location]}` : "";
    // A new place's form is emptied for the next one; an edited place's keeps what was saved.
    return placeId
      ? { ok: true, message: t.admin.places.saved + where, values: formValues(formData) }
      : { ok: true, message: t.admin.places.added + where };
  });
}

export async function archivePlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { deleted } = await archivePlace({ actor, marketId, placeId: field(formData, "placeId"), now });
    placesChanged(marketId);
    return { ok: true, message: deleted ? t.admin.places.deleted : t.admin.places.archived };
  });
}

export async function restorePlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t }) => {
    await restorePlace({ actor, marketId, placeId: field(formData, "placeId") });
    placesChanged(marketId);
    return { ok: true, message: t.admin.places.restored };
  });
}
