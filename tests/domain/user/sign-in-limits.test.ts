import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { RateLimitedError } from "@/lib/domain/throttle/limits";
import { attemptSignIn } from "@/lib/domain/user/attempt-sign-in";
import { createUser } from "../../support/factories";

const PASSWORD = "le bon mot de passe";

async function account() {
  return createUser({ passwordHash: await hashPassword(PASSWORD) });
}

describe("sign-in limits", () => {
  it("five wrong passwords from one address lock that address out, even with the right password", async () => {
    const user = await account();
    for (let i = 0; i < 5; i++)
      expect(await attemptSignIn({ email: user.email, password: "faux", ip: "203.0.113.7" })).toBeNull();
    const refusal = attemptSignIn({ email: user.email, password: PASSWORD, ip: "203.0.113.7" });
    await expect(refusal).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refusal).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // The owner, elsewhere, is not locked out.
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: "198.51.100.2" })).toMatchObject({
      id: user.id,
    });
  });

  it("a success clears the address's failures", async () => {
    const user = await account();
    for (let i = 0; i < 4; i++) await attemptSignIn({ email: user.email, password: "faux", ip: "203.0.113.8" });
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: "203.0.113.8" })).not.toBeNull();
    for (let i = 0; i < 4; i++)
      expect(await attemptSignIn({ email: user.email, password: "faux", ip: "203.0.113.8" })).toBeNull();
  });

  it("a distributed guess gets one try per address once the account has failed fifty times, the owner still gets in", async () => {
    const user = await account();
    for (let i = 0; i < 50; i++)
      await attemptSignIn({ email: user.email, password: `faux-${i}`, ip: `10.0.${Math.floor(i / 4)}.${i % 4}` });
    await expect(attemptSignIn({ email: user.email, password: PASSWORD, ip: "10.0.0.0" })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await attemptSignIn({ email: user.email, password: "faux", ip: "192.0.2.1" })).toBeNull();
    await expect(attemptSignIn({ email: user.email, password: PASSWORD, ip: "192.0.2.1" })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await attemptSignIn({ email: user.email, password: PASSWORD, ip: "192.0.2.200" })).toMatchObject({
      id: user.id,
    });
  });

  it("unknown accounts are counted the same way, so the limit reveals nothing", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attemptSignIn({ email: "personne@example.test", password: "x", ip: "203.0.113.9" })).toBeNull();
    await expect(
      attemptSignIn({ email: "personne@example.test", password: "x", ip: "203.0.113.9" }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });
});
