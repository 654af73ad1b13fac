import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox, type SendMail } from "@/lib/domain/email/deliver-outbox";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_outbox_race");
const appUrl = "http://cabas.test";

describe.skipIf(!available)("deliverOutbox on PostgreSQL", () => {
  it("four concurrent runs (and duplicate enqueues) send every mail exactly once", async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        db().$transaction((tx) =>
          enqueueEmail(tx, {
            dedupeKey: `m-${i % 40}`,
            to: `p${i % 40}@example.test`,
            fromName: "Marché",
            subject: "s",
            html: "h",
            text: "t",
            template: "test",
          }),
        ),
      ),
    );
    const sent: string[] = [];
    const send: SendMail = async (mail) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(mail.to);
    };
    const now = new Date();
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => deliverOutbox({ send, now, appUrl, batchSize: 15 })),
    );
    const again = await deliverOutbox({ send, now, appUrl });
    expect(runs.reduce((s, r) => s + r.succeeded, 0) + again.succeeded).toBe(40);
    expect(sent).toHaveLength(40);
    expect(new Set(sent).size).toBe(40);
    expect(await db().emailOutbox.count({ where: { status: "SENT" } })).toBe(40);
  });
});
