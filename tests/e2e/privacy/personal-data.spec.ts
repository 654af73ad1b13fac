import { readFile } from "node:fs/promises";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { DEMO_PASSWORD, expect, signInAs, test } from "../support/fixtures";

test("[ACCOUNT] a shopper downloads their data, then deletes their account and can no longer sign in", async ({
  page,
}) => {
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(distribution, {
    firstName: "Yasmine",
    lastName: "Roche",
    phone: "06 11 22 33 44",
  });
  await signInAs(page, shopper.email);
  await page.goto("/compte");

  const section = page.getByRole("region", { name: "Mes données" });
  const download = page.waitForEvent("download");
  await section.getByRole("link", { name: "Télécharger mes données (JSON)" }).click();
  const file = await download;
  const data = JSON.parse(await readFile((await file.path())!, "utf8")) as {
    profile: { email: string; phone: string };
  };
  expect(data.profile).toMatchObject({ email: shopper.email, phone: "06 11 22 33 44" });

  await section.getByLabel("Votre mot de passe, pour confirmer").fill("pas le bon mot de passe");
  await section.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(section.getByText("Mot de passe incorrect.")).toBeVisible();

  await section.getByLabel("Votre mot de passe, pour confirmer").fill(DEMO_PASSWORD);
  await section.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByText("Votre compte a été supprimé.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();

  const [row] = await query<{ email: string; phone: string | null; deletedAt: Date | null }>(
    `SELECT email, phone, "deletedAt" FROM "User" WHERE id = $1`,
    [shopper.userId],
  );
  expect(row.email).not.toBe(shopper.email);
  expect(row.phone).toBeNull();
  expect(row.deletedAt).not.toBeNull();
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: shopper.email, password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  await page.goto("/compte");
  await expect(page).toHaveURL(/\/connexion/);
});
