import { randomUUID } from "node:crypto";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

test("[LOGISTICS] the admin turns slots on; two shoppers race for the last place and exactly one gets it", async ({
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/logistique`);
  await admin.getByLabel("Personnes par créneau").fill("8");
  await admin.getByLabel("Personnes sur le dernier créneau (facultatif)").fill("1");
  await admin.getByRole("button", { name: /Activer les créneaux|Mettre à jour les capacités/ }).click();
  await expect(admin.getByText("Créneaux enregistrés.")).toBeVisible();
  await expect(admin.getByRole("row", { name: /18:45–19:00/ })).toContainText("0 / 1 inscrits");

  const shoppers = [
    await demoShopperWithOrder(distribution, { firstName: "Ines", lastName: "Roux" }, { basket: "confirmed" }),
    await demoShopperWithOrder(distribution, { firstName: "Paul", lastName: "Morel" }, { basket: "confirmed" }),
  ];
  const pages = await Promise.all(
    shoppers.map(async (s) => {
      const page = await newPerson();
      await signInAs(page, s.email);
      await page.goto(`/retrait/${s.orderId}`);
      await expect(page.getByRole("heading", { name: "Choisissez un créneau de passage" })).toBeVisible();
      await page.getByRole("radio", { name: "18:45 – 19:00" }).check();
      return page;
    }),
  );
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Réserver ce créneau" }).click()));
  const outcomes = await Promise.all(
    pages.map(async (page) => {
      await expect(page.getByText(/Votre créneau est réservé\.|Ce créneau est complet/)).toBeVisible();
      return (await page.getByText("Votre créneau est réservé.").count()) === 1 ? "booked" : "full";
    }),
  );
  expect([...outcomes].sort()).toEqual(["booked", "full"]);
  const [last] = await query<{ id: string }>(
    `SELECT id FROM "PickupSlot" WHERE "distributionId" = $1 ORDER BY "startsAt" DESC LIMIT 1`,
    [distribution.id],
  );
  expect(await query(`SELECT 1 FROM "SlotBooking" WHERE "slotId" = $1`, [last.id])).toHaveLength(1);
  const winner = pages[outcomes.indexOf("booked")];
  await winner.reload();
  await expect(winner.getByText("1 / 1 inscrits · votre créneau")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("row", { name: /18:45–19:00/ })).toContainText("1 / 1 inscrits");
});

test("[LOGISTICS] the admin adds a duty role; a member signs up and appears on the calendar", async ({ newPerson }) => {
  const distribution = await openDemoDistribution();
  const roleName = `Accueil ${randomUUID().slice(0, 4)}`;
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/permanences`);
  await admin.getByLabel("Nom du rôle").fill(roleName);
  await admin.getByLabel("Consignes (envoyées 4 jours avant)").fill("Accueillir et cocher la liste d’émargement.");
  await admin.getByRole("button", { name: "Ajouter le rôle" }).last().click();
  await expect(admin.getByText("Rôle ajouté.")).toBeVisible();

  const member = await demoShopperWithOrder(distribution, { firstName: "Lina", lastName: "Moreau" });
  const page = await newPerson();
  await signInAs(page, member.email);
  await page.goto("/m/bellefontaine/permanences");
  const role = page.locator(`[data-role="${roleName}"]`).first();
  await expect(role).toContainText("à pourvoir");
  await role.getByRole("button", { name: "Je m’inscris" }).click();
  await expect(role).toContainText(`${roleName} — vous`);
  const rows = await query(
    `SELECT 1 FROM "DutyShift" s JOIN "DutyRole" r ON r.id = s."roleId" WHERE r.name = $1 AND s."userId" = $2`,
    [roleName, member.userId],
  );
  expect(rows).toHaveLength(1);
});

test("[LOGISTICS] nobody opens another shopper's pick-up page", async ({ page }) => {
  const distribution = await openDemoDistribution();
  const owner = await demoShopperWithOrder(distribution, { firstName: "Nadia", lastName: "Faure" });
  const intruder = await demoShopperWithOrder(distribution, { firstName: "Marc", lastName: "Petit" });
  await signInAs(page, intruder.email);
  const response = await page.goto(`/retrait/${owner.orderId}`);
  expect(response?.status()).toBe(404);
});
