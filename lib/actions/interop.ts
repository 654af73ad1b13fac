"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/domain/dfc/api-tokens";
import { fetchDfcUrl } from "@/lib/domain/dfc/fetch-dfc-url";
import { applyDfcImport, previewDfcImport } from "@/lib/domain/dfc/import-dfc-catalog";
import { setCatalogDfcPublic } from "@/lib/domain/dfc/set-catalog-public";
import { DomainError } from "@/lib/domain/errors";
import { invalidatePublicPages } from "@/lib/public-cache";
import { apiTokenSchema, dfcImportSchema } from "@/lib/validation/interop";
import { fieldErrorsOf, formObject, formValues, type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";

const pageOf = (producerId: string) => `/producteur/${producerId}/interoperabilite`;

export async function createApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = apiTokenSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    const { secret } = await createApiToken({ actor, producerId, name: parsed.data.name });
    revalidatePath(pageOf(producerId));
    return { ok: true, message: t.interop.tokenCreated, secret };
  });
}

export async function revokeApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const producerId = field(formData, "producerId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await revokeApiToken({ actor, producerId, tokenId: field(formData, "tokenId"), now });
    revalidatePath(pageOf(producerId));
    return { ok: true, message: t.interop.revoked };
  });
}

export async function setCatalogDfcPublicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const dfcPublic = field(formData, "dfcPublic") === "1";
  return runSignedInAction({}, async ({ actor, t }) => {
    await setCatalogDfcPublic({ actor, catalogId: field(formData, "catalogId"), dfcPublic });
    revalidatePath(pageOf(field(formData, "producerId")));
    return { ok: true, message: dfcPublic ? t.interop.madePublic : t.interop.madePrivate };
  });
}

// « Prévisualiser » (intent preview) then « Importer » (intent apply): the same file or address is read both times.
export async function importDfcCatalogAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const catalogId = field(formData, "catalogId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = dfcImportSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    const file = formData.get("file");
    let text: string;
    if (file instanceof File && file.size > 0) text = await file.text();
    else if (parsed.data.url) text = await fetchDfcUrl(parsed.data.url);
    else throw new DomainError("DFC_SOURCE_REQUIRED", "file");
    if (field(formData, "intent") !== "apply") {
      const lines = await previewDfcImport({ actor, catalogId, text });
      const note = (codes: string[]) => codes.map((c) => t.interop.reasons[c] ?? c).join(" · ") || null;
      const count = (action: string) => lines.filter((l) => l.action === action).length;
      return {
        values,
        message: t.interop.previewSummary(count("create"), count("update"), count("refuse")),
        dfcLines: lines.map((l) => ({
          name: l.name,
          action: l.action,
          note: note([...(l.reason ? [l.reason] : []), ...l.warnings]),
        })),
      };
    }
    const { created, updated, refused } = await applyDfcImport({ actor, catalogId, text });
    revalidatePath(`/producteur/catalogues/${catalogId}`);
    invalidatePublicPages();
    return { ok: true, message: t.interop.done(updated, created, refused) };
  });
}
