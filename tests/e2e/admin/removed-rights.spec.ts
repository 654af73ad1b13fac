import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

test("[ADMIN] a removed co-admin who joins again comes back as a plain member, with no admin page", async ({
  page,
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const coAdmin = await demoShopperWithOrder(distribution, { firstName: "Roxane", lastName: "Vidal" });
  const membership = async () =>
    (
      await query<{ isAdmin: boolean; canManageMembers: boolean; leftAt: Date | null }>(
        `SELECT "isAdmin", "canManageMembers", "leftAt" FROM "Membership" WHERE "userId" = $1`,
        [coAdmin.userId],
      )
    )[0];

  // The admin makes Roxane a co-admin, then removes her from the market.
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${distribution.marketId}/membres`);
  const row = page.locator(`[data-member="${coAdmin.email}"]`);
  await row.getByLabel("admin").check();
  await row.getByLabel("membres").check();
  await row.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(row.getByText("Droits enregistrés.")).toBeVisible();
  expect(await membership()).toMatchObject({ isAdmin: true, canManageMembers: true });

  const roxane = await newPerson();
  await signInAs(roxane, coAdmin.email);
  expect((await roxane.goto(`/admin/${distribution.marketId}/membres`))?.status()).toBe(200);

  await row.getByRole("button", { name: "Retirer" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByText("Membre retiré.")).toBeVisible();
  expect(await membership()).toMatchObject({ isAdmin: false, canManageMembers: false });

  // Her open session loses the admin pages at once; joining again from the market page gives a plain membership.
  expect((await roxane.goto(`/admin/${distribution.marketId}/membres`))?.status()).toBe(404);
  await roxane.goto("/m/bellefontaine");
  await roxane.getByRole("button", { name: "Rejoindre ce marché" }).click();
  await expect(roxane.getByText(/Vous êtes membre de ce marché/)).toBeVisible();
  expect(await membership()).toMatchObject({ isAdmin: false, canManageMembers: false, leftAt: null });
  expect((await roxane.goto(`/admin/${distribution.marketId}`))?.status()).toBe(404);
  await expect(roxane.getByRole("link", { name: "Créer un marché" })).toBeVisible();
});
