import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { DEMO_PASSWORD, expect, signInAs, test } from "../support/fixtures";

test("[AUTH] five wrong passwords lock the account out for a while, through the form and Auth.js's endpoint, forged addresses or not", async ({
  page,
}) => {
  const shopper = await demoShopperWithOrder(await openDemoDistribution(), { firstName: "Malo", lastName: "Guérin" });
  const csrf = async () =>
    ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  // Straight to Auth.js's endpoint, each time from a different forged address: no proxy is trusted, so the
  // address changes nothing.
  for (let i = 0; i < 3; i++) {
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: await csrf(), email: shopper.email, password: `faux-${i}`, callbackUrl: "/" },
      headers: { "x-forwarded-for": `198.51.100.${i}` },
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toContain("error=CredentialsSignin");
  }
  await page.goto("/connexion");
  for (let i = 0; i < 2; i++) {
    await page.getByLabel("E-mail").fill(shopper.email);
    await page.getByLabel("Mot de passe").fill("toujours faux");
    await page.getByRole("button", { name: "Se connecter" }).click();
    // The answer has come when the form is drawn again: the password is never sent back, the e-mail is.
    await expect(page.getByLabel("Mot de passe")).toHaveValue("");
    await expect(page.getByLabel("E-mail")).toHaveValue(shopper.email);
    await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  }
  // The right password now waits too.
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText(/Trop de tentatives : réessayez dans 1[45] min\./)).toBeVisible();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: await csrf(), email: shopper.email, password: DEMO_PASSWORD, callbackUrl: "/" },
    headers: { "x-forwarded-for": "203.0.113.99" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"];
  expect(location).toMatch(/code=rate_limited(%3A|:)\d+/);
  await page.goto(location);
  await expect(page.getByRole("alert").filter({ hasText: /Trop de tentatives/ })).toBeVisible();
});

test("[AUTH] changing the password signs every other device out, and keeps this one in", async ({
  page,
  newPerson,
}) => {
  const shopper = await demoShopperWithOrder(await openDemoDistribution(), { firstName: "Ines", lastName: "Morel" });
  const phone = await newPerson();
  await signInAs(phone, shopper.email);
  await phone.goto("/compte");
  await expect(phone.getByRole("heading", { name: "Mes données" })).toBeVisible();

  await signInAs(page, shopper.email);
  await page.goto("/compte");
  const section = page.getByRole("region", { name: "Mot de passe" });
  await section.getByLabel("Mot de passe actuel").fill("pas le bon");
  await section.getByLabel("Nouveau mot de passe").fill("un nouveau mot de passe");
  await section.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(section.getByText("Mot de passe incorrect.")).toBeVisible();
  await section.getByLabel("Mot de passe actuel").fill(DEMO_PASSWORD);
  await section.getByLabel("Nouveau mot de passe").fill("un nouveau mot de passe");
  await section.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(section.getByText("Mot de passe changé : vos autres appareils sont déconnectés.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Mes données" })).toBeVisible();
  await phone.goto("/compte");
  await expect(phone).toHaveURL(/\/connexion/);
});
