import { z } from "zod";

export const deliveryHelpSchema = z.discriminatedUnion(
  "choice",
  [
    z.object({
      choice: z.literal("NEEDS_DELIVERY"),
      phone: z.string().trim().min(6, "phoneRequired").max(30, "phoneRequired"),
      address: z.string().trim().min(5, "addressRequired").max(300, "addressRequired"),
      consent: z.literal("on", { message: "consentRequired" }),
    }),
    z.object({ choice: z.literal("CAN_DELIVER") }),
    z.object({ choice: z.literal("PICKUP_ONLY") }),
  ],
  { error: "choiceRequired" },
);
export type DeliveryHelpInput = z.infer<typeof deliveryHelpSchema>;

export const dutyLeaveSchema = z.object({ reason: z.string().trim().min(3, "reasonRequired").max(500, "tooLong") });
