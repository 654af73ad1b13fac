import { z } from "zod";
import { optionalEmail } from "./contact-fields";
import { PRODUCT_CATEGORIES } from "@/lib/validation/product-categories";

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));
// A checked box sends « on »; any other value comes from a hand-made request.
const checkbox = z.literal("on", "choiceInvalid").optional().transform(Boolean);

export const producerSchema = z.object({
  name: text(120),
  description: optional(4000),
  address: optional(200),
  zipCode: optional(12),
  city: optional(80),
  phone: optional(30),
  email: optionalEmail,
  website: optional(200),
  publishPhone: checkbox,
  publishEmail: checkbox,
  publishAddress: checkbox,
});
// The profile form always sends the publishing choices; a producer created elsewhere (sign-up, tests) publishes
// nothing until they choose to.
type PublishChoice = "publishPhone" | "publishEmail" | "publishAddress";
type ProducerForm = z.infer<typeof producerSchema>;
export type ProducerInput = Omit<ProducerForm, PublishChoice> & Partial<Pick<ProducerForm, PublishChoice>>;

export const catalogSchema = z.object({ name: text(120), description: optional(2000) });

// Prices, steps and stock arrive as typed (« 3,20 », « 0,1 »): the domain parses and checks them.
export const productSchema = z.object({
  name: text(120),
  description: optional(2000),
  category: z.enum(PRODUCT_CATEGORIES, "choiceInvalid"),
  unit: z.enum(["PIECE", "KG", "G", "L", "CL", "ML"], "choiceInvalid"),
  quantityPerUnit: z.string().trim().min(1, "required"),
  price: z.string().trim().min(1, "required"),
  vatRate: z.enum(["550", "1000", "2000", "210", "0"], "choiceInvalid"),
  organic: checkbox,
  bulk: checkbox,
  step: z.string().trim().optional().default(""),
  variableWeight: checkbox,
  maxPrice: z.string().trim().optional().default(""),
  stock: z.string().trim().optional().default(""),
  active: checkbox,
});
export type ProductInput = z.infer<typeof productSchema>;
