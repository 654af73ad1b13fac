import { z } from "zod";
import { optionalEmail, optionalPhone } from "./contact-fields";

// Messages are keys of `admin.errors` (or `auth.errors` for the shared ones) in lib/i18n.
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
// A whole number typed in a form, within bounds: « 1e12 », « -1 », « NaN » and « Infinity » get `message` too.
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
export const placeSchema = z.object({
  placeName: text(120),
  address: text(200),
  zipCode: z
    .string()
    .trim()
    .regex(/^\d{4,5}$/, "zipInvalid"),
  city: text(80),
});

export type PlaceInput = z.infer<typeof placeSchema>;

export const createMarketSchema = z.object({ name: text(120) }).and(placeSchema);
export type CreateMarketInput = z.infer<typeof createMarketSchema>;

export const marketSettingsSchema = z.object({
  name: text(120),
  shortDescription: optional(200),
  description: optional(4000),
  basketMode: z.enum(["BEFORE", "DURING"], "choiceInvalid"),
  requirePhone: checkbox,
  requireAddress: checkbox,
  deliveryHelpEnabled: checkbox,
  // How many people one volunteer may offer to deliver at a distribution (a CHECK holds the same range).
  deliveryHelpMaxPerVolunteer: wholeNumber(1, 10, "deliveryHelpMaxInvalid"),
  payOnSite: checkbox,
  payTransfer: checkbox,
  payCard: checkbox,
  payBalance: checkbox,
  transferIban: optional(40),
  feePercent: z
    .string()
    .trim()
    .regex(/^\d{1,2}([.,]\d{1,2})?$|^$/, "percentInvalid")
    .transform((v) => (v ? Math.round(Number(v.replace(",", ".")) * 100) : 0)),
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", "timeZoneInvalid"),
  contactName: optional(120),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  // « Facturation »: what the market's fee invoices say of it (absent from a form without that section: unchanged).
  vatStatus: z.enum(["FRANCHISE", "LIABLE"], "choiceInvalid").optional(),
  legalName: optional(120),
  legalAddress: optional(300),
  siret: optional(20),
  vatNumber: optional(20),
});
export type MarketSettingsInput = z.infer<typeof marketSettingsSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid");
// A day that exists (« 2026-02-31 » would reach the database as an invalid date).
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "dateInvalid",
  );

// A sale's own name and note, given to a one-off distribution or to every distribution of a cycle.
export const DISTRIBUTION_NAME_MAX = 60;
export const DISTRIBUTION_NOTE_MAX = 280;
const saleWords = {
  name: optional(DISTRIBUTION_NAME_MAX),
  note: optional(DISTRIBUTION_NOTE_MAX),
};

export const distributionSchema = z.object({
  placeId: z.string().min(1, "required"),
  ...saleWords,
  day,
  pickupStart: time,
  pickupEnd: time,
  openDay: day,
  openTime: time,
  closeDay: day,
  closeTime: time,
});
// The forms always send the name and note; a distribution planned elsewhere (the demo, tests) may have none.
type SaleWords = { name?: string | null; note?: string | null };
export type DistributionInput = Omit<z.infer<typeof distributionSchema>, keyof SaleWords> & SaleWords;

export const cycleSchema = z.object({
  placeId: z.string().min(1, "required"),
  ...saleWords,
  frequency: z.enum(["WEEKLY", "BIWEEKLY", "TRIWEEKLY", "MONTHLY"], "choiceInvalid"),
  startDay: day,
  endDay: day,
  pickupStart: time,
  pickupEnd: time,
  openDaysBefore: wholeNumber(0, 60, "openDaysInvalid"),
  closeHoursBefore: wholeNumber(0, 24 * 14, "closeHoursInvalid"),
});
export type CycleInput = Omit<z.infer<typeof cycleSchema>, keyof SaleWords> & SaleWords;

export const linkCatalogSchema = z.object({ catalog: z.string().trim().min(1, "required").max(300, "tooLong") });
