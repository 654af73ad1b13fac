"use server";

import { refresh, revalidatePath } from "next/cache";
import type { OnSiteMethod } from "@/generated/prisma/client";
import { linkCatalog, unlinkCatalog } from "@/lib/domain/catalog-link/link-catalog";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import type { UnpaidChoice } from "@/lib/domain/distribution-day/settle-unpaid-baskets";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { createCycle } from "@/lib/domain/distribution-plan/create-cycle";
import { createDistribution, deleteDistribution } from "@/lib/domain/distribution-plan/create-distribution";
import { cancelParticipation } from "@/lib/domain/distribution-plan/cancel-participation";
import { inviteCatalogs } from "@/lib/domain/distribution-plan/invite-catalogs";
import { createMarket } from "@/lib/domain/market-admin/create-market";
import { updateMarketSettings } from "@/lib/domain/market-admin/update-market-settings";
import { importMembers, previewMemberImport } from "@/lib/domain/member/import-members";
import { acceptInvitation, inviteMember } from "@/lib/domain/member/invite-member";
import { removeMember, setMemberRights } from "@/lib/domain/member/manage-members";
import { emailSchema } from "@/lib/validation/auth";
import { appUrl } from "@/lib/env";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { formatMoney } from "@/lib/money";
import {
  createMarketSchema,
  cycleSchema,
  distributionSchema,
  linkCatalogSchema,
  marketSettingsSchema,
} from "@/lib/validation/admin";
import { unpaidChoiceSchema } from "@/lib/validation/payment";
import { invalidatePublicPages } from "@/lib/public-cache";
import { translateError } from "@/lib/i18n/translate-error";
import { formValues, type FormState, formField as field, parseForm as parse } from "./form-state";
import { runSignedInAction } from "./run-action";
import { redirectHere } from "./redirect-here";

export async function createMarketAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let marketId: string | null = null;
  const state = await runSignedInAction(formValues(formData), async ({ actor, t }) => {
    const parsed = parse(createMarketSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    marketId = (await createMarket({ actor, input: parsed.data, geocoder: banGeocoder() })).id;
    return { ok: true };
  });
  if (marketId) await redirectHere(`/admin/${marketId}/parametres`);
  return state;
}

export async function updateMarketSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t }) => {
    const parsed = parse(marketSettingsSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const file = formData.get("logo");
    const logo =
      file instanceof File && file.size > 0
        ? { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size }
        : undefined;
    await updateMarketSettings({ actor, marketId, input: parsed.data, logo });
    revalidatePath(`/admin/${marketId}`, "layout");
    invalidatePublicPages();
    return { ok: true, message: t.admin.settings.saved, values: formValues(formData) };
  });
}

export async function createDistributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t }) => {
    const parsed = parse(distributionSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const distributionId = field(formData, "distributionId") || undefined;
    await createDistribution({ actor, marketId, input: parsed.data, distributionId });
    revalidatePath(`/admin/${marketId}/distributions`);
    // The market page lists it (and a shop page shows its times).
    invalidatePublicPages();
    return {
      ok: true,
      message: distributionId ? t.admin.distributions.updated : t.admin.distributions.created,
      values: formValues(formData),
    };
  });
}

export async function createCycleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t }) => {
    const parsed = parse(cycleSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const { created, skipped } = await createCycle({ actor, marketId, input: parsed.data });
    revalidatePath(`/admin/${marketId}/distributions`);
    invalidatePublicPages();
    return { ok: true, message: t.admin.distributions.cycleCreated(created, skipped) };
  });
}

export async function deleteDistributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t }) => {
    await deleteDistribution({ actor, marketId, distributionId: field(formData, "distributionId") });
    revalidatePath(`/admin/${marketId}/distributions`);
    invalidatePublicPages();
    return { ok: true, message: t.admin.distributions.deleted };
  });
}

export async function inviteCatalogsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { invited } = await inviteCatalogs({
      actor,
      marketId,
      distributionId: field(formData, "distributionId"),
      now,
      appUrl: appUrl(),
    });
    revalidatePath(`/admin/${marketId}`, "layout");
    return { ok: true, message: t.admin.distributions.invited(invited) };
  });
}

// « Catalogues participants »: one catalog invited (again, after it declined).
export async function inviteCatalogAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { invited } = await inviteCatalogs({
      actor,
      marketId,
      distributionId: field(formData, "distributionId"),
      catalogId: field(formData, "catalogId"),
      now,
      appUrl: appUrl(),
    });
    revalidatePath(`/admin/${marketId}`, "layout");
    return { ok: true, message: invited ? t.admin.participants.invited : t.admin.participants.alreadyInvited };
  });
}

export async function cancelParticipationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await cancelParticipation({
      actor,
      marketId,
      distributionId: field(formData, "distributionId"),
      catalogId: field(formData, "catalogId"),
      now,
      appUrl: appUrl(),
    });
    revalidatePath(`/admin/${marketId}`, "layout");
    // An accepted catalog's products leave the shop.
    invalidatePublicPages();
    return { ok: true, message: t.admin.participants.cancelled };
  });
}

export async function linkCatalogAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t, now }) => {
    const parsed = parse(linkCatalogSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const result = await linkCatalog({ actor, marketId, catalogText: parsed.data.catalog, appUrl: appUrl(), now });
    revalidatePath(`/admin/${marketId}/catalogues`);
    if (result.outcome === "REQUESTED")
      return { ok: true, message: t.admin.catalogs.requested(result.name, result.producer) };
    invalidatePublicPages();
    return { ok: true, message: t.admin.catalogs.linked(result.name, result.producer) };
  });
}

export async function unlinkCatalogAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await unlinkCatalog({
      actor,
      marketId,
      catalogId: field(formData, "catalogId"),
      cancelLines: formData.get("cancelLines") === "on",
      now,
    });
    revalidatePath(`/admin/${marketId}/catalogues`);
    invalidatePublicPages();
    return { ok: true, message: t.admin.catalogs.unlinked };
  });
}

export async function adjustBasketAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, locale, now }) => {
    const delivered = Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => k.startsWith("line-"))
        .map(([k, v]) => [k.slice(5), v]),
    );
    // Once the basket is validated, the admin chooses where the difference goes back.
    const refundTo = field(formData, "refundTo") === "BALANCE" ? "BALANCE" : "CARD";
    const result = await adjustBasket({
      actor,
      marketId,
      orderId: field(formData, "orderId"),
      delivered,
      refundTo,
      now,
    });
    refresh();
    const money = (cents: number) => formatMoney(cents, locale);
    const refunded = result.refundedToCardCents + result.creditedToBalanceCents > 0;
    return {
      ok: true,
      message: refunded
        ? t.refunds.adjusted(
            money(result.totalCents),
            money(result.refundedToCardCents),
            money(result.creditedToBalanceCents),
          )
        : t.admin.day.updated(money(result.totalCents), money(result.refundDueCents)),
      values,
    };
  });
}

export async function validateBasketAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t, now }) => {
    const method = field(formData, "onSiteMethod");
    const onSiteMethod = (["CASH", "CHEQUE", "CARD_TERMINAL"] as const).includes(method as OnSiteMethod)
      ? (method as OnSiteMethod)
      : null;
    await validateBasket({ actor, marketId, orderId: field(formData, "orderId"), onSiteMethod, now });
    refresh();
    return { ok: true, message: t.admin.day.basketValidated };
  });
}

// The answer for each unpaid basket comes as `unpaid-<order id>`; every one left blank is marked at once (the
// use case itself refuses to validate while one is missing).
export async function validateDistributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const unpaid: Record<string, UnpaidChoice> = {};
    const fieldErrors: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if (!name.startsWith("unpaid-")) continue;
      const choice = unpaidChoiceSchema.safeParse(value);
      if (choice.success) unpaid[name.slice("unpaid-".length)] = choice.data;
      else fieldErrors[name] = translateError(t, value ? "choiceInvalid" : "UNPAID_CHOICE_REQUIRED");
    }
    if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values };
    const result = await validateDistribution({
      actor,
      marketId,
      distributionId: field(formData, "distributionId"),
      unpaid,
      now,
    });
    revalidatePath(`/admin/${marketId}`, "layout");
    return {
      ok: true,
      message: t.payments.validation.done(result.validatedBaskets, result.paidNow, result.leftAsDebts),
    };
  });
}

export async function inviteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const email = emailSchema.safeParse(formData.get("email"));
    if (!email.success) return { fieldErrors: { email: t.admin.errors.emailInvalid }, values };
    await inviteMember({ actor, marketId, email: email.data, appUrl: appUrl(), now });
    return { ok: true, message: t.admin.manage.sent };
  });
}

export async function setMemberRightsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t }) => {
    const on = (name: string) => formData.get(name) === "on";
    await setMemberRights({
      actor,
      marketId,
      userId: field(formData, "userId"),
      rights: {
        isAdmin: on("isAdmin"),
        canManageCatalogs: on("canManageCatalogs"),
        canManageMembers: on("canManageMembers"),
        canManageMessages: on("canManageMessages"),
      },
    });
    revalidatePath(`/admin/${marketId}/membres`);
    return { ok: true, message: t.admin.manage.saved };
  });
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await removeMember({ actor, marketId, userId: field(formData, "userId"), now });
    revalidatePath(`/admin/${marketId}/membres`);
    return { ok: true, message: t.admin.manage.removed };
  });
}

export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let slug: string | null = null;
  const state = await runSignedInAction({}, async ({ actor, now }) => {
    slug = (await acceptInvitation({ actor, token: field(formData, "token"), now })).slug;
    return { ok: true };
  });
  if (slug) await redirectHere(`/m/${slug}`);
  return state;
}

export async function importMembersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  const text = field(formData, "csv");
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const rows = previewMemberImport({ actor, marketId, text }).map((r) => ({
      line: r.line,
      label: `${r.firstName} ${r.lastName} <${r.email}>`,
      error: r.error ? (t.admin.errors[r.error] ?? translateError(t, r.error)) : null,
    }));
    if (field(formData, "intent") !== "import") return { values, rows };
    const { invited, skipped } = await importMembers({ actor, marketId, text, appUrl: appUrl(), now });
    revalidatePath(`/admin/${marketId}/membres`);
    return { ok: true, message: t.admin.importCsv.done(invited, skipped) };
  });
}
