import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-state";
import { messagesFor } from "@/lib/i18n/messages";
import { createMarketSchema } from "@/lib/validation/admin";
import { changePasswordSchema, signUpSchema } from "@/lib/validation/auth";

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
