"use server";

import { revalidatePath } from "next/cache";
import { cancelDistribution } from "@/lib/domain/cancellation/cancel-distribution";
import { withdrawCatalogFromSale } from "@/lib/domain/cancellation/withdraw-catalog-from-sale";
import { invalidateShop } from "@/lib/shop-cache";
import { type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";

export async function cancelDistributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const distributionId = field(formData, "distributionId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const { cancelledBaskets } = await cancelDistribution({ actor, marketId, distributionId, now });
    revalidatePath(`/admin/${marketId}`, "layout");
    invalidateShop(distributionId);
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
    invalidateShop(distributionId);
    return { ok: true, message: t.refunds.catalogWithdrawn(baskets) };
  });
}
