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
    await demoShopperWithOrder(distribution, { firstName: "Ines", lastName: "Roux" }),
    await demoShopperWithOrder(distribution, { firstName: "Paul", lastName: "Morel" }),
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

test("[LOGISTICS] a person in need is matched by a volunteer and both get each other's contacts", async ({
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const person = await demoShopperWithOrder(distribution, {
    firstName: "Fatou",
    lastName: "Diallo",
    city: "Vénissieux",
  });
  const volunteer = await demoShopperWithOrder(distribution, {
    firstName: "Hugo",
    lastName: "Blanc",
    phone: "06 44 33 22 11",
  });

  const needPage = await newPerson();
  await signInAs(needPage, person.email);
  await needPage.goto(`/retrait/${person.orderId}`);
  await needPage.getByRole("radio", { name: "Besoin d’être livré" }).check();
  await needPage.getByLabel("Téléphone", { exact: true }).fill("06 12 12 12 12");
  await needPage.getByLabel("Adresse complète").fill("4 place du Marché, 69200 Vénissieux");
  await needPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  await expect(needPage.getByText("Cochez la case pour accepter de partager vos coordonnées.")).toBeVisible();
  await expect(needPage.getByLabel("Adresse complète")).toHaveValue("4 place du Marché, 69200 Vénissieux");
  await needPage.getByLabel(/J’accepte que mon adresse/).check();
  await needPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  await expect(needPage.getByText("Votre choix : Besoin d’être livré")).toBeVisible();

  const helperPage = await newPerson();
  await signInAs(helperPage, volunteer.email);
  await helperPage.goto(`/retrait/${volunteer.orderId}`);
  await helperPage.getByRole("radio", { name: "Possibilité de livrer" }).check();
  await helperPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  const request = helperPage.getByRole("listitem").filter({ hasText: "Fatou, Vénissieux" });
  await expect(request).toBeVisible();
  await expect(helperPage.getByText("06 12 12 12 12")).toHaveCount(0);
  await request.getByRole("button", { name: "Je livre cette personne" }).click();
  await expect(helperPage.getByText("Vous livrez cette personne")).toBeVisible();

  const [toHelper] = await query<{ text: string }>(`SELECT text FROM "EmailOutbox" WHERE "toEmail" = $1`, [
    volunteer.email,
  ]);
  expect(toHelper.text).toContain("06 12 12 12 12");
  expect(toHelper.text).toContain("4 place du Marché");
  const [toPerson] = await query<{ text: string }>(`SELECT text FROM "EmailOutbox" WHERE "toEmail" = $1`, [
    person.email,
  ]);
  expect(toPerson.text).toContain("06 44 33 22 11");
  await needPage.reload();
  await expect(needPage.getByText("Hugo va vous livrer")).toBeVisible();
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
