import type { PaymentMethod } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { MarketSettingsInput } from "@/lib/validation/admin";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { storeImage } from "../image/store-image";

// The logo is decoded only once the caller is known to be an admin: nobody else gets an image processed.
export async function updateMarketSettings({
  actor,
  marketId,
  input,
  logo,
}: {
  actor: Actor;
  marketId: string;
  input: MarketSettingsInput;
  logo?: { bytes: Uint8Array; size: number };
}) {
  requireMarketRight(actor, marketId, "admin");
  const paymentMethods: PaymentMethod[] = [
    ...(input.payOnSite ? (["ON_SITE"] as const) : []),
    ...(input.payTransfer ? (["TRANSFER"] as const) : []),
    ...(input.payCard ? (["CARD"] as const) : []),
    ...(input.payBalance ? (["BALANCE"] as const) : []),
  ];
  if (paymentMethods.length === 0) throw new DomainError("PAYMENT_METHOD_REQUIRED", "payOnSite");
  if (input.payTransfer && !input.transferIban) throw new DomainError("IBAN_REQUIRED", "transferIban");
  const logoImageId = logo ? (await storeImage(logo, { maxSize: 400, field: "logo" })).id : undefined;
  await db().market.update({
    where: { id: marketId },
    data: {
      name: input.name,
      shortDescription: input.shortDescription,
      description: input.description,
      basketMode: input.basketMode,
      requirePhone: input.requirePhone,
      requireAddress: input.requireAddress,
      deliveryHelpEnabled: input.deliveryHelpEnabled,
      deliveryHelpMaxPerVolunteer: input.deliveryHelpMaxPerVolunteer,
      paymentMethods,
      transferIban: input.transferIban,
      feeBp: input.feePercent,
      timeZone: input.timeZone,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      // Only future invoices read these: an issued one keeps what it was issued with (issue-fee-invoices.ts).
      vatStatus: input.vatStatus,
      legalName: input.legalName,
      legalAddress: input.legalAddress,
      siret: input.siret,
      vatNumber: input.vatNumber,
      ...(logoImageId ? { logoImageId } : {}),
    },
  });
}
