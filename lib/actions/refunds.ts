"use server";

import { revalidatePath } from "next/cache";
import { cancelDistribution } from "@/lib/domain/cancellation/cancel-distribution";
import { withdrawCatalogFromSale } from "@/lib/domain/cancellation/withdraw-catalog-from-sale";
import { invalidatePublicPages } from "@/lib/public-cache";
import { type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";

export async function cancelDistributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const distributionId = field(formData, "distributionId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { cancelledBaskets } = await cancelDistribution({ actor, marketId, distributionId, now });
    revalidatePath(`/admin/${marketId}`, "layout");
    // Its state on the market page, its shop closed, its stock back.
    invalidatePublicPages();
    return { ok: true, message: t.refunds.distributionCancelled(cancelledBaskets) };
  });
}

export async function withdrawCatalogFromSaleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const distributionId = field(formData, "distributionId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { baskets } = await withdrawCatalogFromSale({
      actor,
      marketId,
      distributionId,
      catalogId: field(formData, "catalogId"),
      now,
    });
    revalidatePath(`/admin/${marketId}`, "layout");
    // The producers the market page lists, the shop's products.
    invalidatePublicPages();
    return { ok: true, message: t.refunds.catalogWithdrawn(baskets) };
  });
}
