export type ContactField = "phone" | "address";

// The contact details a market asks of whoever orders from it (its requirePhone and requireAddress settings)
// that this person has not given yet: asked for on the shop before the first order, and checked when ordering.
export function missingContactFields(
  market: { requirePhone: boolean; requireAddress: boolean },
  user: { phone: string | null; address: string | null },
): ContactField[] {
  return [
    ...(market.requirePhone && !user.phone ? (["phone"] as const) : []),
    ...(market.requireAddress && !user.address ? (["address"] as const) : []),
  ];
}
