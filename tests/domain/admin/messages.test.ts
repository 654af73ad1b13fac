import { randomUUID } from "node:crypto";
import { audienceSizes } from "@/lib/domain/message/message-audience";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { deliverOutbox, type SendMail } from "@/lib/domain/email/deliver-outbox";
import { DomainError } from "@/lib/domain/errors";
import { getAttachmentOrThrow, listInbox } from "@/lib/domain/message/list-messages";
import type { MarketAudience } from "@/lib/domain/message/message-audience";
import { checkAttachments, MAX_BODY_INPUT_CHARS } from "@/lib/domain/message/message-limits";
import { listThreads } from "@/lib/domain/message/market-inbox";
import { replyToMessage } from "@/lib/domain/message/reply-to-message";
import { messageHtmlFromInput, sanitizeMessageHtml } from "@/lib/domain/message/sanitize-message";
import { MAX_ATTACHMENT_BYTES, sendMarketMessage, sendMessageToProducer } from "@/lib/domain/message/send-message";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { image, officeDocument, openDocument, pdf, windowsExecutable, zip } from "../../support/files";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
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
    // Having ordered means a confirmed basket: a draft is not an order.
    const basketOf = async (email: string) => {
      const actor = await loadActor((await createUser({ email, phone: "0600000000" })).id);
      const { orderId } = await setBasketQuantity({
        actor,
        distributionId: distribution.id,
        productId: bread.id,
        quantityText: "1",
        mode: "add",
        now,
      });
      return { actor, orderId };
    };
    const buyer = await basketOf("acheteur@example.test");
    await confirmOrder({ ...buyer, method: "ON_SITE", now });
    await basketOf("brouillon@example.test");
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
    // The confirmation's counts are the lists' sizes the sending reaches.
    expect(await audienceSizes({ actor: adminActor, marketId: market.id, now })).toEqual({
      ALL_MEMBERS: 4,
      ORDERED_NEXT: 1,
      NOT_ORDERED_NEXT: 3,
      ALL_PRODUCERS: 1,
      ADMINS: 1,
    });
    await expect(audienceSizes({ actor: await loadActor(idle.id), marketId: market.id, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect(await to((await send("ALL_MEMBERS")).id)).toEqual([
      "acheteur@example.test",
      "admin-msg@example.test",
      "brouillon@example.test",
      "rien@example.test",
    ]);
    expect(await to((await send("ORDERED_NEXT")).id)).toEqual(["acheteur@example.test"]);
    expect(await to((await send("NOT_ORDERED_NEXT")).id)).toEqual([
      "admin-msg@example.test",
      "brouillon@example.test",
      "rien@example.test",
    ]);
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
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });

  it("a message to a producer reaches its inbox; the reply reaches the market's inbox; attachments are for recipients only", async () => {
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
      now,
    });
    const farmerActor = await loadActor(farmer.id);
    const [received] = await listInbox({ actor: farmerActor });
    expect(received).toMatchObject({ subject: "Rejoindre notre marché ?", read: false });
    expect(await db().notification.count({ where: { userId: farmer.id, kind: "message.received" } })).toBe(1);
    await replyToMessage({
      actor: farmerActor,
      messageId: received.id,
      body: "Avec plaisir !",
      now,
    });
    // The reply reaches the market's inbox, not the admin's own messages.
    expect(await listInbox({ actor: adminActor })).toEqual([]);
    expect((await listThreads({ actor: adminActor, marketId: market.id })).threads).toMatchObject([
      { subject: "Rejoindre notre marché ?", unread: 1 },
    ]);
    await expect(
      replyToMessage({
        actor: await loadActor((await createUser()).id),
        messageId: received.id,
        body: "intrus",
        now,
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));

    const member = await createUser();
    await createMembership(market.id, member.id);
    const file = { filename: "affiche.pdf", bytes: new Uint8Array(new TextEncoder().encode("%PDF-1.4")) };
    const sent = await sendMarketMessage({
      actor: adminActor,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Affiche",
      body: "Voici l’affiche",
      attachments: [file],
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
        now,
      }),
    ).rejects.toEqual(new DomainError("ATTACHMENT_TOO_LARGE", "attachments"));
  });

  it("answers by e-mail reach a person: the market's contact or the sending admin, and whoever replied", async () => {
    const market = await createMarket({ name: "Les Paniers" });
    const admin = await createUser({ email: "admin-replyto@example.test" });
    await createMembership(market.id, admin.id, { isAdmin: true });
    const member = await createUser({ email: "membre-replyto@example.test" });
    await createMembership(market.id, member.id);
    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser({ email: "ferme-replyto@example.test" });
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    const adminActor = await loadActor(admin.id);
    const toMembers = (subject: string) =>
      sendMarketMessage({
        actor: adminActor,
        marketId: market.id,
        audience: "ALL_MEMBERS",
        subject,
        body: "Bonjour",
        attachments: [],
        now,
      });
    await toMembers("Sans contact");
    await sendMessageToProducer({
      actor: adminActor,
      marketId: market.id,
      producerId: producer.id,
      subject: "Au producteur",
      body: "Bonjour",
      now,
    });
    const [received] = await listInbox({ actor: await loadActor(farmer.id) });
    await replyToMessage({ actor: await loadActor(farmer.id), messageId: received.id, body: "Merci", now });
    await db().market.update({ where: { id: market.id }, data: { contactEmail: "coordination@example.test" } });
    await toMembers("Avec contact");

    const sent: Parameters<SendMail>[0][] = [];
    // Every mail still queued by the tests above, in one pass; queued rows are due from the real clock.
    await deliverOutbox({
      send: async (mail) => void sent.push(mail),
      now: new Date(),
      appUrl: "https://cabas.test",
      batchSize: 10_000,
    });
    const replyTo = (to: string, subject: string) => sent.find((m) => m.to === to && m.subject === subject)?.replyTo;
    expect(replyTo("membre-replyto@example.test", "Sans contact")).toBe("admin-replyto@example.test");
    expect(replyTo("ferme-replyto@example.test", "Au producteur")).toBe("admin-replyto@example.test");
    expect(replyTo("admin-replyto@example.test", "Re: Au producteur")).toBe("ferme-replyto@example.test");
    expect(replyTo("membre-replyto@example.test", "Avec contact")).toBe("coordination@example.test");
  });
});

const HOUR = 3_600_000;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
}
const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

// A market, its admin, and `count` members made in two statements (the 2,000-a-day cap needs thousands).
async function marketWithMembers(count: number, locale: (i: number) => string = () => "fr") {
  const market = await createMarket({ name: "Le Marché du Jeudi" });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  await addMembers(market.id, count, locale);
  return { market, admin: await loadActor(admin.id) };
}

async function addMembers(marketId: string, count: number, locale: (i: number) => string = () => "fr") {
  const stamp = randomUUID().slice(0, 8);
  const ids = Array.from({ length: count }, (_, i) => `m-${stamp}-${i}`);
  await db().user.createMany({
    data: ids.map((id, i) => ({
      id,
      email: `${id}@example.test`,
      passwordHash: "x",
      firstName: "Membre",
      lastName: String(i),
      locale: locale(i),
    })),
  });
  await db().membership.createMany({ data: ids.map((userId) => ({ marketId, userId })) });
  return ids;
}

const post = (
  actor: Actor,
  marketId: string,
  now: Date,
  extra: Partial<{
    subject: string;
    body: string;
    audience: MarketAudience;
    attachments: { filename: string; bytes: Uint8Array<ArrayBuffer> }[];
  }> = {},
) =>
  sendMarketMessage({
    actor,
    marketId,
    audience: "ALL_MEMBERS",
    subject: "Distribution de jeudi",
    body: "Bonjour à tous",
    attachments: [],
    now,
    ...extra,
  });

describe("message limits", () => {
  it("attachments: each allowed type is accepted with the type read from its content; a renamed program is not", async () => {
    const accepted: [string, Uint8Array<ArrayBuffer>, string, string][] = [
      ["affiche.pdf", pdf(), "application/pdf", "affiche.pdf"],
      ["photo.png", await image("png"), "image/png", "photo.png"],
      ["photo.jpeg", await image("jpeg"), "image/jpeg", "photo.jpeg"],
      ["photo.webp", await image("webp"), "image/webp", "photo.webp"],
      ["anim.gif", await image("gif"), "image/gif", "anim.gif"],
      ["notes.txt", text("Bonjour,\r\nà samedi !\tCamille"), "text/plain", "notes.txt"],
      ["liste.csv", text("nom;prénom\nDurand;Camille\n"), "text/csv", "liste.csv"],
      ["ancien.csv", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x0d, 0x0a]), "text/csv", "ancien.csv"],
      ["compte-rendu.odt", openDocument("text"), "application/vnd.oasis.opendocument.text", "compte-rendu.odt"],
      ["stocks.ods", openDocument("spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet", "stocks.ods"],
      ["ag.odp", openDocument("presentation"), "application/vnd.oasis.opendocument.presentation", "ag.odp"],
      [
        "bon.docx",
        officeDocument("docx"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "bon.docx",
      ],
      [
        "tarifs.xlsx",
        officeDocument("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "tarifs.xlsx",
      ],
      [
        "ag.pptx",
        officeDocument("pptx"),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "ag.pptx",
      ],
      // The name never decides the type; the extension is made to match it.
      ["affiche", pdf(), "application/pdf", "affiche.pdf"],
      ["photo.exe", await image("png"), "image/png", "photo.exe.png"],
      ["../../etc/plan.pdf", pdf(), "application/pdf", "plan.pdf"],
    ];
    for (const [filename, bytes, mimeType, stored] of accepted) {
      expect(checkAttachments([{ filename, bytes }]), filename).toEqual([{ filename: stored, bytes, mimeType }]);
    }

    const notAllowed: [string, Uint8Array<ArrayBuffer>][] = [
      ["affiche.pdf", windowsExecutable()], // a program renamed
      ["setup.exe", windowsExecutable()],
      ["programme.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])], // Linux ELF
      ["archive.docx", zip([{ name: "setup.exe", data: windowsExecutable() }])], // a ZIP, not a document
      ["macros.docx", officeDocument("docm")],
      ["macros2.docx", officeDocument("docx", [{ name: "word/vbaProject.bin", data: "x" }])],
      ["objet.docx", officeDocument("docx", [{ name: "word/embeddings/oleObject1.bin", data: windowsExecutable() }])],
      [
        "macros.odt",
        zip([
          { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
          { name: "META-INF/manifest.xml", data: "<manifest/>" },
          { name: "Basic/Standard/Module1.xml", data: "<script/>" },
        ]),
      ],
      [
        "faux.odt",
        zip([
          { name: "META-INF/manifest.xml", data: "<manifest/>" },
          { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
        ]),
      ],
      ["logo.txt", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ["page.txt", text("<!DOCTYPE html><html><script>alert(1)</script></html>")],
      ["vide.txt", new Uint8Array(0)],
    ];
    for (const [filename, bytes] of notAllowed) {
      expect(() => checkAttachments([{ filename, bytes }]), filename).toThrow(
        new DomainError("ATTACHMENT_TYPE_NOT_ALLOWED", "attachments", { name: filename }),
      );
    }

    const { market, admin } = await marketWithMembers(2);
    const now = new Date("2026-06-01T10:00:00Z");
    const exe = { filename: "affiche.pdf", bytes: windowsExecutable() };
    const refused = await refusal(
      post(admin, market.id, now, { attachments: [{ filename: "plan", bytes: pdf() }, exe] }),
    );
    expect(refused).toEqual(new DomainError("ATTACHMENT_TYPE_NOT_ALLOWED", "attachments", { name: "affiche.pdf" }));
    expect(translateError(messagesFor("fr"), refused.code, refused.params)).toMatch(
      /^« affiche\.pdf » ne peut pas être joint : seuls les PDF/,
    );
    expect(await db().message.count({ where: { marketId: market.id } })).toBe(0);

    const sent = await post(admin, market.id, now, {
      attachments: [
        { filename: "plan", bytes: pdf() },
        { filename: "tarifs.xlsx", bytes: officeDocument("xlsx") },
        { filename: "liste.csv", bytes: text("a;b\n") },
      ],
    });
    const stored = await db().messageAttachment.findMany({
      where: { messageId: sent.id },
      select: { filename: true, mimeType: true, size: true },
      orderBy: { filename: "asc" },
    });
    expect(stored.map((a) => [a.filename, a.mimeType])).toEqual([
      ["liste.csv", "text/csv"],
      ["plan.pdf", "application/pdf"],
      ["tarifs.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ]);

    const six = Array.from({ length: 6 }, (_, i) => ({ filename: `p${i}.pdf`, bytes: pdf() }));
    await expect(post(admin, market.id, now, { attachments: six })).rejects.toEqual(
      new DomainError("TOO_MANY_ATTACHMENTS", "attachments"),
    );
  });

  it("subject and body have maximum lengths, before and after sanitising; nothing is stored when refused", async () => {
    const { market, admin } = await marketWithMembers(1);
    const now = new Date("2026-06-01T10:00:00Z");
    await expect(post(admin, market.id, now, { subject: "x".repeat(201) })).rejects.toEqual(
      new DomainError("SUBJECT_TOO_LONG", "subject"),
    );
    await expect(post(admin, market.id, now, { body: "a".repeat(MAX_BODY_INPUT_CHARS + 1) })).rejects.toEqual(
      new DomainError("MESSAGE_TOO_LONG", "body"),
    );
    // 20,000 « & » typed become 100,000 characters of HTML (« &amp; »): over the 50,000 kept.
    await expect(post(admin, market.id, now, { body: "&".repeat(20_000) })).rejects.toEqual(
      new DomainError("MESSAGE_TOO_LONG", "body"),
    );
    await expect(post(admin, market.id, now, { body: "<p><br></p>" })).rejects.toEqual(
      new DomainError("MESSAGE_EMPTY", "body"),
    );
    expect(await db().message.count({ where: { marketId: market.id } })).toBe(0);
    const long = await post(admin, market.id, now, { subject: "x".repeat(200), body: "a".repeat(40_000) });
    expect(long.recipients).toBe(2);

    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    const toFarm = await sendMessageToProducer({
      actor: admin,
      marketId: market.id,
      producerId: producer.id,
      subject: "Pois chiches",
      body: "Bonjour",
      now,
    });
    await expect(
      replyToMessage({
        actor: await loadActor(farmer.id),
        messageId: toFarm.id,
        body: "a".repeat(MAX_BODY_INPUT_CHARS + 1),
        now,
      }),
    ).rejects.toEqual(new DomainError("MESSAGE_TOO_LONG", "body"));
  });

  it("a market sends at most 10 messages a rolling day (replies from producers do not count), and says when it can again", async () => {
    const { market, admin } = await marketWithMembers(1);
    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    const t0 = new Date("2026-06-01T10:00:00Z");
    const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);
    const toFarm = await sendMessageToProducer({
      actor: admin,
      marketId: market.id,
      producerId: producer.id,
      subject: "Pois chiches",
      body: "Bonjour",
      now: t0,
    });
    for (let h = 1; h <= 9; h++) await post(admin, market.id, at(h));

    const limit = await refusal(post(admin, market.id, at(10)));
    expect(limit).toMatchObject({ code: "MESSAGES_DAILY_LIMIT", params: { at: at(24), timeZone: "Europe/Paris" } });
    expect(translateError(messagesFor("fr"), limit.code, limit.params, "fr")).toContain(
      "vous pourrez en envoyer un autre à partir du mardi 2 juin à 12:00",
    );
    expect(translateError(messagesFor("en"), limit.code, limit.params, "en")).toContain("from Tuesday 2 June at 12:00");
    await expect(
      sendMessageToProducer({
        actor: admin,
        marketId: market.id,
        producerId: producer.id,
        subject: "Encore",
        body: "Bonjour",
        now: at(10),
      }),
    ).rejects.toMatchObject({ code: "MESSAGES_DAILY_LIMIT" });
    // The producer's reply is theirs, not the market's.
    await replyToMessage({ actor: await loadActor(farmer.id), messageId: toFarm.id, body: "Oui", now: at(10) });

    // 24 hours after the first message, one place is free again, and only one.
    await post(admin, market.id, at(24));
    await expect(post(admin, market.id, at(24.5))).rejects.toMatchObject({
      code: "MESSAGES_DAILY_LIMIT",
      params: { at: at(25) },
    });
  });

  it("a market sends at most 2,000 e-mails a rolling day", async () => {
    const { market, admin } = await marketWithMembers(1_199); // 1,200 with the admin
    const t0 = new Date("2026-06-01T10:00:00Z");
    expect((await post(admin, market.id, t0)).recipients).toBe(1_200);
    await expect(post(admin, market.id, new Date(t0.getTime() + HOUR))).rejects.toMatchObject({
      code: "MESSAGE_EMAILS_DAILY_LIMIT",
      params: { at: new Date(t0.getTime() + 24 * HOUR) },
    });
    expect((await post(admin, market.id, new Date(t0.getTime() + HOUR), { audience: "ADMINS" })).recipients).toBe(1);
    expect((await post(admin, market.id, new Date(t0.getTime() + 24 * HOUR))).recipients).toBe(1_200);

    await addMembers(market.id, 801);
    await expect(post(admin, market.id, new Date(t0.getTime() + 72 * HOUR))).rejects.toEqual(
      new DomainError("MESSAGE_AUDIENCE_TOO_LARGE", "audience"),
    );
  });

  it("to 300 members: the message is stored once with one small outbox row each, rendered at delivery in each recipient's language", async () => {
    const { market, admin } = await marketWithMembers(300, (i) => (i % 3 === 0 ? "en" : "fr"));
    const now = new Date("2026-06-01T10:00:00Z");
    const sent = await post(admin, market.id, now, {
      subject: "Affiche",
      body: "Bonjour à tous & à jeudi",
      attachments: [{ filename: "affiche.pdf", bytes: pdf() }],
    });
    expect(sent.recipients).toBe(301);
    const rows = await db().emailOutbox.findMany({
      where: { messageId: sent.id },
      select: { html: true, text: true, recipientUserId: true, toEmail: true, subject: true },
    });
    expect(rows).toHaveLength(301);
    expect(rows.every((r) => r.html === null && r.text === null && r.subject === "Affiche")).toBe(true);
    expect(await db().message.count({ where: { marketId: market.id } })).toBe(1);

    // Only this message's mails are due (other tests of this file queued theirs in the same database).
    await db().emailOutbox.updateMany({
      // (NOT messageId = … leaves out the rows without a message in SQL, hence the OR.)
      where: { status: "PENDING", OR: [{ messageId: null }, { messageId: { not: sent.id } }] },
      data: { nextAttemptAt: new Date("2100-01-01") },
    });
    const mails: Parameters<SendMail>[0][] = [];
    const result = await deliverOutbox({
      send: async (mail) => void mails.push(mail),
      now: new Date(),
      appUrl: "http://cabas.test",
      batchSize: 500,
    });
    expect(result).toMatchObject({ succeeded: 301, failures: [] });
    const [attachment] = await db().messageAttachment.findMany({ where: { messageId: sent.id } });
    const byEmail = new Map(rows.map((r) => [r.toEmail, r.recipientUserId]));
    const locales = new Map(
      (await db().user.findMany({ where: { id: { in: [...byEmail.values()] as string[] } } })).map((u) => [
        u.email,
        u.locale,
      ]),
    );
    for (const mail of mails) {
      const english = locales.get(mail.to) === "en";
      expect(mail.html).toContain(english ? 'lang="en"' : 'lang="fr"');
      expect(mail.text).toContain(
        english
          ? "You receive this e-mail as a member of “Le Marché du Jeudi”"
          : "Vous recevez cet e-mail car vous êtes membre de « Le Marché du Jeudi »",
      );
      expect(mail.text).toContain(english ? "Stop receiving messages from" : "Ne plus recevoir les messages de");
      expect(mail.html).toContain("Bonjour à tous &amp; à jeudi");
      expect(mail.html).toContain(`http://cabas.test/api/attachments/${attachment.id}`);
      // Each recipient's own unsubscribe link, in the header and the footer.
      const token = mail.listUnsubscribeUrl!.replace("http://cabas.test/desabonnement/", "");
      expect(readUnsubscribeToken(token)).toEqual({
        kind: "MARKET_MESSAGES",
        userId: byEmail.get(mail.to),
        marketId: market.id,
      });
      expect(mail.html).toContain(`href="${mail.listUnsubscribeUrl}"`);
    }
    expect(new Set(mails.map((m) => m.listUnsubscribeUrl)).size).toBe(301);
  });
});
