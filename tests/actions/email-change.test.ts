import { beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createUser } from "../support/factories";

// The real actions of the change of address, with only the request around them stood in for (who is signed
// in, the language cookie, the page refresh): what the form gets back after each kind of answer.
const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ refresh: () => undefined }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));

const { confirmEmailChangeAction, requestEmailChangeAction, revertEmailChangeAction } =
  await import("@/lib/actions/email-change");

const PASSWORD = "mon mot de passe à moi";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

let user: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
  request.userId = user.id;
});

describe("requestEmailChangeAction", () => {
  it("keeps what was typed, but the password, and puts each error next to its field", async () => {
    const wrong = await requestEmailChangeAction(
      {},
      form({ newEmail: "nouvelle@example.test", currentPassword: "pas le bon" }),
    );
    expect(wrong).toEqual({
      fieldErrors: { currentPassword: "Mot de passe incorrect." },
      values: { newEmail: "nouvelle@example.test" },
    });
    const invalid = await requestEmailChangeAction({}, form({ newEmail: "pas une adresse", currentPassword: "" }));
    expect(invalid).toEqual({
      fieldErrors: { newEmail: "Cette adresse e-mail n’est pas valide.", currentPassword: "Ce champ est obligatoire." },
      values: { newEmail: "pas une adresse" },
    });
    const same = await requestEmailChangeAction(
      {},
      form({ newEmail: ` ${user.email.toUpperCase()}`, currentPassword: PASSWORD }),
    );
    expect(same.fieldErrors).toEqual({ newEmail: "C’est déjà votre adresse." });
  });

  it("answers with where the link went, the address normalised", async () => {
    const state = await requestEmailChangeAction(
      {},
      form({ newEmail: " Nouvelle.Adresse@Example.TEST ", currentPassword: PASSWORD }),
    );
    expect(state).toEqual({
      ok: true,
      message:
        "Nous avons envoyé un lien à nouvelle.adresse@example.test. Ouvrez-le dans les 24 heures, connecté à ce compte, pour confirmer cette adresse.",
    });
    expect(await db().emailChange.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      newEmail: "nouvelle.adresse@example.test",
    });
  });

  it("refuses a visitor", async () => {
    request.userId = null;
    const state = await requestEmailChangeAction({}, form({ newEmail: "x@example.test", currentPassword: PASSWORD }));
    expect(state.error).toBeTruthy();
    expect(state.ok).toBeUndefined();
    expect(await db().emailChange.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the link actions", () => {
  it("a link that does not work says so, on the form", async () => {
    expect(await confirmEmailChangeAction({}, form({ token: "x".repeat(43) }))).toEqual({
      error: "Ce lien n’est plus valable. Refaites la demande depuis « Mon compte ».",
      values: {},
    });
    expect(await confirmEmailChangeAction({}, form({ token: "court" }))).toEqual({
      error: "Ce lien n’est plus valable. Refaites la demande depuis « Mon compte ».",
    });
    expect(
      await revertEmailChangeAction({}, form({ token: "x".repeat(43), password: "un mot de passe neuf" })),
    ).toEqual({ error: "Ce lien n’est plus valable : il sert une fois, pendant 7 jours." });
    expect(await revertEmailChangeAction({}, form({ token: "court", password: "un mot de passe neuf" }))).toEqual({
      error: "Ce lien n’est plus valable : il sert une fois, pendant 7 jours.",
    });
    expect(await revertEmailChangeAction({}, form({ token: "x".repeat(43), password: "court" }))).toEqual({
      fieldErrors: { password: "Le mot de passe doit faire au moins 10 caractères." },
    });
  });
});
