import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/form-state";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { createMarketSchema, cycleSchema, marketSettingsSchema } from "@/lib/validation/admin";
import { changePasswordSchema, emailLinkSchema, resetPasswordSchema, signUpSchema } from "@/lib/validation/auth";
import { dutyLeaveSchema } from "@/lib/validation/logistics";
import { producerSchema, productSchema } from "@/lib/validation/producer";
import { emailPreferencesSchema } from "@/lib/validation/shop";

describe("fieldErrorsOf", () => {
  // A form posted by hand may leave any field out: each one left out is « required », never « unexpected error ».
  it.each(["fr", "en"] as const)("a field missing from the form is required (%s)", (locale) => {
    const t = messagesFor(locale);
    for (const schema of [signUpSchema, createMarketSchema, changePasswordSchema]) {
      const errors = fieldErrorsOf(schema.safeParse({}).error!, t);
      expect(Object.keys(errors).length).toBeGreaterThan(1);
      for (const [field, message] of Object.entries(errors))
        expect(message, field).toBe(field === "privacy" ? t.privacy.errors.privacyRequired : t.auth.errors.required);
    }
  });

  it("a schema's own message is kept", () => {
    const t = messagesFor("fr");
    const errors = fieldErrorsOf(createMarketSchema.safeParse({ zipCode: "x" }).error!, t);
    expect(errors.zipCode).toBe(t.admin.errors.zipInvalid);
  });
});

describe("every value a schema refuses has its message", () => {
  const long = (n: number) => "a".repeat(n);
  it.each([
    [marketSettingsSchema, { basketMode: "SOMETIMES" }, "basketMode", "choiceInvalid"],
    [marketSettingsSchema, { payCard: "yes" }, "payCard", "choiceInvalid"],
    [cycleSchema, { frequency: "DAILY" }, "frequency", "choiceInvalid"],
    [productSchema, { category: "TOYS" }, "category", "choiceInvalid"],
    [productSchema, { unit: "BOX" }, "unit", "choiceInvalid"],
    [productSchema, { vatRate: "7" }, "vatRate", "choiceInvalid"],
    [productSchema, { organic: "1" }, "organic", "choiceInvalid"],
    [producerSchema, { email: `${long(250)}@example.test` }, "email", "emailInvalid"],
    [emailPreferencesSchema, { notifyReminder: "0" }, "notifyReminder", "choiceInvalid"],
    [signUpSchema, { firstName: long(81) }, "firstName", "tooLong"],
    [signUpSchema, { lastName: long(81) }, "lastName", "tooLong"],
    [resetPasswordSchema, { token: "short" }, "token", "resetTokenInvalid"],
    [resetPasswordSchema, { token: long(201) }, "token", "resetTokenInvalid"],
    [emailLinkSchema, { token: "short" }, "token", "linkInvalid"],
    [dutyLeaveSchema, { reason: long(501) }, "reason", "tooLong"],
  ] as const)("%#: %o → %s: %s", (schema, input, field, key) => {
    for (const locale of ["fr", "en"] as const) {
      const t = messagesFor(locale);
      const message = fieldErrorsOf((schema as z.ZodType).safeParse(input).error!, t)[field];
      expect(message).toBe(translateError(t, key));
      expect(message).not.toBe(t.common.errors.UNEXPECTED);
    }
  });
});
