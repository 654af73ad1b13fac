import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { getAttachmentOrThrow, listInbox } from "@/lib/domain/message/list-messages";
import { messageHtmlFromInput, sanitizeMessageHtml } from "@/lib/domain/message/sanitize-message";
import {
  MAX_ATTACHMENT_BYTES,
  replyToMessage,
  sendMarketMessage,
  sendMessageToProducer,
} from "@/lib/domain/message/send-message";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

describe("messages", () => {
  it("keeps formatting and links, removes anything that runs", () => {
    expect(
      sanitizeMessageHtml(
        '<p onclick="x()">Bonjour <strong>à tous</strong><script>alert(1)</script> <a href="javascript:x()">a</a> <a href="https://cabas.test">b</a></p>',
      ),
    ).toBe(
      '<p>Bonjour <strong>à tous</strong> <a rel="noopener noreferrer" target="_blank">a</a> <a href="https://cabas.test" rel="noopener noreferrer" target="_blank">b</a></p>',
    );
    expect(messageHtmlFromInput("Bonjour,\nà samedi\n\n<pas une balise")).toBe(
      "<p>Bonjour,<br>à samedi</p><p>&lt;pas une balise</p>",
    );
  });

  it("reaches the right list: who ordered for the next distribution or not, producers, admins", async () => {
    const market = await createMarket({ name: "La Cagette" });
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const farm = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: farm.catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, farm.catalog.id);
    const farmer = await createUser({ email: "ferme-msg@example.test" });
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: farmer.id } });
    const bread = await createProduct(farm.catalog.id);
    const admin = await createUser({ email: "admin-msg@example.test" });
    await createMembership(market.id, admin.id, { isAdmin: true });
    const buyer = await createUser({ email: "acheteur@example.test", phone: "0600000000" });
    await setBasketQuantity({
      actor: await loadActor(buyer.id),
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now,
    });
    const idle = await createUser({ email: "rien@example.test" });
    await createMembership(market.id, idle.id);
    const adminActor = await loadActor(admin.id);
    const send = (audience: "ALL_MEMBERS" | "NOT_ORDERED_NEXT" | "ORDERED_NEXT" | "ALL_PRODUCERS" | "ADMINS") =>
      sendMarketMessage({
        actor: adminActor,
        marketId: market.id,
        audience,
        subject: audience,
        body: "Bonjour",
        attachments: [],
        appUrl: "http://cabas.test",
        now,
      });
    const to = async (id: string) =>
      (
        await db().messageRecipient.findMany({
          where: { messageId: id },
          select: { user: { select: { email: true } } },
        })
      )
        .map((r) => r.user.email)
        .sort();
    expect(await to((await send("ALL_MEMBERS")).id)).toEqual([
      "acheteur@example.test",
      "admin-msg@example.test",
      "rien@example.test",
    ]);
    expect(await to((await send("ORDERED_NEXT")).id)).toEqual(["acheteur@example.test"]);
    expect(await to((await send("NOT_ORDERED_NEXT")).id)).toEqual(["admin-msg@example.test", "rien@example.test"]);
    expect(await to((await send("ALL_PRODUCERS")).id)).toEqual(["ferme-msg@example.test"]);
    expect(await to((await send("ADMINS")).id)).toEqual(["admin-msg@example.test"]);
    const mail = await db().emailOutbox.findFirstOrThrow({
      where: { toEmail: "rien@example.test", subject: "ALL_MEMBERS" },
    });
    expect(mail.fromName).toBe("La Cagette");
    await expect(
      sendMarketMessage({
        actor: await loadActor(idle.id),
        marketId: market.id,
        audience: "ALL_MEMBERS",
        subject: "x",
        body: "x",
        attachments: [],
        appUrl: "",
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });

  it("a message to a producer reaches its inbox; the reply goes back to the admin; attachments are for recipients only", async () => {
    const market = await createMarket();
    const admin = await createUser({ email: "admin-reply@example.test" });
    await createMembership(market.id, admin.id, { isAdmin: true });
    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    const adminActor = await loadActor(admin.id);
    await sendMessageToProducer({
      actor: adminActor,
      marketId: market.id,
      producerId: producer.id,
      subject: "Rejoindre notre marché ?",
      body: "Bonjour, seriez-vous intéressé ?",
      appUrl: "http://cabas.test",
    });
    const farmerActor = await loadActor(farmer.id);
    const [received] = await listInbox({ actor: farmerActor });
    expect(received).toMatchObject({ subject: "Rejoindre notre marché ?", read: false });
    expect(await db().notification.count({ where: { userId: farmer.id, kind: "message.received" } })).toBe(1);
    await replyToMessage({
      actor: farmerActor,
      messageId: received.id,
      body: "Avec plaisir !",
      appUrl: "http://cabas.test",
    });
    expect((await listInbox({ actor: adminActor }))[0]).toMatchObject({ subject: "Re: Rejoindre notre marché ?" });
    await expect(
      replyToMessage({
        actor: await loadActor((await createUser()).id),
        messageId: received.id,
        body: "intrus",
        appUrl: "",
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));

    const member = await createUser();
    await createMembership(market.id, member.id);
    const file = {
      filename: "affiche.pdf",
      mimeType: "application/pdf",
      bytes: new Uint8Array(new TextEncoder().encode("%PDF-1.4")),
    };
    const sent = await sendMarketMessage({
      actor: adminActor,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Affiche",
      body: "Voici l’affiche",
      attachments: [file],
      appUrl: "http://cabas.test",
      now,
    });
    const attachment = await db().messageAttachment.findFirstOrThrow({ where: { messageId: sent.id } });
    expect(
      (await getAttachmentOrThrow({ actor: await loadActor(member.id), attachmentId: attachment.id })).filename,
    ).toBe("affiche.pdf");
    await expect(
      getAttachmentOrThrow({ actor: await loadActor((await createUser()).id), attachmentId: attachment.id }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    const big = { ...file, bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) };
    await expect(
      sendMarketMessage({
        actor: adminActor,
        marketId: market.id,
        audience: "ALL_MEMBERS",
        subject: "x",
        body: "x",
        attachments: [big],
        appUrl: "",
        now,
      }),
    ).rejects.toEqual(new DomainError("ATTACHMENT_TOO_LARGE", "attachments"));
  });
});
