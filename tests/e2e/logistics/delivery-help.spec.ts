import { randomUUID } from "node:crypto";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

const PERSON_PHONE = "06 12 12 12 12";
const PERSON_ADDRESS = "4 place du Marché, 69200 Vénissieux";
const VOLUNTEER_PHONE = "06 44 33 22 11";

test("[LOGISTICS] delivery help with consent: a volunteer offers, the person accepts, contacts show in the app only, and withdrawing hides them", async ({
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const person = await demoShopperWithOrder(
    distribution,
    { firstName: "Fatou", lastName: "Diallo", city: "Vénissieux" },
    { basket: "confirmed" },
  );
  const volunteer = await demoShopperWithOrder(
    distribution,
    { firstName: "Hugo", lastName: "Blanc", phone: VOLUNTEER_PHONE },
    { basket: "confirmed" },
  );
  const newcomer = await demoShopperWithOrder(distribution, { firstName: "Nouveau", lastName: "Compte" });

  // The person asks to be delivered, with consent.
  const needPage = await newPerson();
  await signInAs(needPage, person.email);
  await needPage.goto(`/retrait/${person.orderId}`);
  await needPage.getByRole("radio", { name: "Besoin d’être livré" }).check();
  await needPage.getByLabel("Téléphone", { exact: true }).fill(PERSON_PHONE);
  await needPage.getByLabel("Adresse complète").fill(PERSON_ADDRESS);
  await needPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  await expect(needPage.getByText("Cochez la case pour accepter de partager vos coordonnées.")).toBeVisible();
  await expect(needPage.getByLabel("Adresse complète")).toHaveValue(PERSON_ADDRESS);
  await needPage.getByLabel(/J’accepte que mon adresse/).check();
  await needPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  await expect(needPage.getByText("Votre choix : Besoin d’être livré")).toBeVisible();
  await expect(needPage.getByText(/Nous cherchons une personne pour vous livrer/)).toBeVisible();

  // A brand-new account with an empty basket is not let in: no choice to make, nobody to see.
  const newcomerPage = await newPerson();
  await signInAs(newcomerPage, newcomer.email);
  await newcomerPage.goto(`/retrait/${newcomer.orderId}`);
  await expect(newcomerPage.getByText(/Confirmez d’abord votre commande/)).toBeVisible();
  await expect(newcomerPage.getByRole("radio", { name: "Possibilité de livrer" })).toHaveCount(0);
  await expect(newcomerPage.getByText("Fatou")).toHaveCount(0);

  // The volunteer, whose basket is confirmed, sees a first name and a town, and offers.
  const helperPage = await newPerson();
  await signInAs(helperPage, volunteer.email);
  await helperPage.goto(`/retrait/${volunteer.orderId}`);
  await helperPage.getByRole("radio", { name: "Possibilité de livrer" }).check();
  await helperPage.getByRole("button", { name: "Enregistrer mon choix" }).click();
  await expect(helperPage.getByText(/Vous pouvez proposer de livrer 2 personnes au plus/)).toBeVisible();
  const request = helperPage.getByRole("listitem").filter({ hasText: "Fatou, Vénissieux" });
  await expect(request).toBeVisible();
  await expect(helperPage.getByText(PERSON_PHONE)).toHaveCount(0);
  await request.getByRole("button", { name: "Proposer de livrer cette personne" }).click();
  await expect(helperPage.getByText("Fatou, Vénissieux : en attente de sa réponse.")).toBeVisible();
  await expect(helperPage.getByText(PERSON_PHONE)).toHaveCount(0);

  // The person sees « Hugo B. » and accepts.
  await needPage.reload();
  const offer = needPage.getByRole("listitem").filter({ hasText: "Hugo B. propose de vous livrer." });
  await expect(offer).toBeVisible();
  await expect(needPage.getByText(VOLUNTEER_PHONE)).toHaveCount(0);
  await offer.getByRole("button", { name: "Accepter" }).click();
  await expect(needPage.getByText("Hugo B. va vous livrer.")).toBeVisible();
  const volunteerContact = needPage.getByTestId("delivery-contact");
  await expect(volunteerContact).toContainText(VOLUNTEER_PHONE);
  await expect(volunteerContact).toContainText(volunteer.email);
  await expect(volunteerContact).toContainText(/Affichées ici jusqu’au .* inclus/);

  // The volunteer now sees the person's contact details.
  await helperPage.reload();
  await expect(helperPage.getByText("Fatou, Vénissieux a accepté : vous livrez sa commande.")).toBeVisible();
  const personContact = helperPage.getByTestId("delivery-contact");
  await expect(personContact).toContainText("Fatou Diallo");
  await expect(personContact).toContainText(PERSON_PHONE);
  await expect(personContact).toContainText(PERSON_ADDRESS);
  await expect(personContact).toContainText(person.email);

  // The person withdraws: the volunteer no longer sees anything of hers but her first name.
  await needPage.getByRole("button", { name: "Retirer ma demande de livraison" }).click();
  await expect(needPage.getByRole("radio", { name: "Besoin d’être livré" })).toBeVisible();
  await expect(needPage.getByText(VOLUNTEER_PHONE)).toHaveCount(0);
  await helperPage.reload();
  await expect(
    helperPage.getByText("Fatou, Vénissieux a retiré sa demande : vous n’avez plus à livrer sa commande."),
  ).toBeVisible();
  await expect(helperPage.getByTestId("delivery-contact")).toHaveCount(0);
  for (const secret of [PERSON_PHONE, "4 place du Marché", person.email])
    await expect(helperPage.getByText(secret)).toHaveCount(0);

  const offers = await query<{ status: string }>(
    `SELECT o.status FROM "DeliveryOffer" o WHERE o."requestOrderId" = $1`,
    [person.orderId],
  );
  expect(offers).toEqual([{ status: "CANCELLED" }]);
  expect(await query(`SELECT 1 FROM "DeliveryOffer" WHERE "volunteerOrderId" = $1`, [newcomer.orderId])).toEqual([]);

  // Everyone was told by e-mail what happened, and no e-mail carried a contact detail.
  const mails = await query<{ toEmail: string; template: string; text: string; html: string }>(
    `SELECT "toEmail", template, text, html FROM "EmailOutbox" WHERE "toEmail" = ANY($1) ORDER BY "createdAt"`,
    [[person.email, volunteer.email]],
  );
  expect(mails.map((m) => `${m.toEmail === person.email ? "person" : "volunteer"}:${m.template}`)).toEqual([
    "person:delivery-offered",
    "volunteer:delivery-accepted",
    "volunteer:delivery-requestWithdrawn",
  ]);
  for (const mail of mails)
    for (const secret of [PERSON_PHONE, "4 place du Marché", VOLUNTEER_PHONE, person.email, volunteer.email])
      expect(`${mail.text}${mail.html}`).not.toContain(secret);
});

test("[LOGISTICS] the market admin sees a match with its contacts and undoes it", async ({ newPerson }) => {
  const distribution = await openDemoDistribution();
  const person = await demoShopperWithOrder(
    distribution,
    { firstName: "Rose", lastName: "Martin", city: "Vénissieux" },
    { basket: "confirmed" },
  );
  const volunteer = await demoShopperWithOrder(
    distribution,
    { firstName: "Yanis", lastName: "Bert", phone: "07 98 76 54 32" },
    { basket: "confirmed" },
  );
  await query(`UPDATE "User" SET phone = '06 21 21 21 21', address = '9 rue Lyvet, 69200 Vénissieux' WHERE id = $1`, [
    person.userId,
  ]);
  await query(`UPDATE "Order" SET "deliveryHelp" = 'NEEDS_DELIVERY', "deliveryConsentAt" = now() WHERE id = $1`, [
    person.orderId,
  ]);
  await query(`UPDATE "Order" SET "deliveryHelp" = 'CAN_DELIVER' WHERE id = $1`, [volunteer.orderId]);
  await query(
    `INSERT INTO "DeliveryOffer" (id, "requestOrderId", "volunteerOrderId", status, "answeredAt") VALUES ($1, $2, $3, 'ACCEPTED', now())`,
    [`e2e-offer-${randomUUID()}`, person.orderId, volunteer.orderId],
  );

  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/logistique`);
  const row = admin.getByRole("listitem").filter({ hasText: `MARTIN Rose` });
  await expect(row).toContainText("livrée par BERT Yanis");
  await expect(row).toContainText("06 21 21 21 21");
  await expect(row).toContainText("07 98 76 54 32");
  await row.getByRole("button", { name: "Annuler la mise en relation" }).click();
  await expect(row).toContainText("personne pour l’instant");
  await expect(row).not.toContainText("07 98 76 54 32");
  expect(await query(`SELECT status FROM "DeliveryOffer" WHERE "requestOrderId" = $1`, [person.orderId])).toEqual([
    { status: "UNDONE" },
  ]);

  const helperPage = await newPerson();
  await signInAs(helperPage, volunteer.email);
  await helperPage.goto(`/retrait/${volunteer.orderId}`);
  await expect(helperPage.getByText(/L’équipe du marché a annulé votre mise en relation avec Rose/)).toBeVisible();
  await expect(helperPage.getByText("06 21 21 21 21")).toHaveCount(0);
  // Rose is listed once, as a match that was undone, and cannot be offered to again.
  const rose = helperPage.getByRole("listitem").filter({ hasText: "Rose, Vénissieux" });
  await expect(rose).toHaveCount(1);
  await expect(rose.getByRole("button", { name: "Proposer de livrer cette personne" })).toHaveCount(0);
  const personPage = await newPerson();
  await signInAs(personPage, person.email);
  await personPage.goto(`/retrait/${person.orderId}`);
  await expect(personPage.getByText("Mise en relation avec Yanis B. annulée par l’équipe du marché.")).toBeVisible();
  await expect(personPage.getByText("07 98 76 54 32")).toHaveCount(0);
});
