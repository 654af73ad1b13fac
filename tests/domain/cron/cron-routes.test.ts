import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CRON_JOBS, type CronJobName } from "@/lib/cron/jobs";
import { GET } from "@/app/api/cron/[job]/route";
import { handleCronRequest } from "@/lib/cron/handle-cron-request";

describe("cron routes", () => {
  it("refuse a missing or wrong CRON_SECRET with 401", async () => {
    process.env.CRON_SECRET = "le-bon-secret";
    for (const header of [undefined, "Bearer mauvais", "le-bon-secret", "Bearer le-bon-secretX"]) {
      const request = new Request("http://cabas.test/api/cron/deliver-emails", {
        headers: header ? { authorization: header } : {},
      });
      expect((await handleCronRequest(request, "deliver-emails")).status).toBe(401);
    }
    const ok = await handleCronRequest(
      new Request("http://cabas.test/", { headers: { authorization: "Bearer le-bon-secret" } }),
      "deliver-emails",
    );
    expect(ok.status).toBe(200);
  });

  it("every job is scheduled in vercel.json, and the route answers 404 for an unknown one", async () => {
    const vercel = JSON.parse(readFileSync("vercel.json", "utf8")) as { crons: { path: string; schedule: string }[] };
    expect(vercel.crons).toHaveLength(Object.keys(CRON_JOBS).length);
    for (const [name, job] of Object.entries(CRON_JOBS) as [CronJobName, { schedule: string }][]) {
      expect(vercel.crons).toContainEqual({ path: `/api/cron/${name}`, schedule: job.schedule });
    }
    const unknown = await GET(
      new Request("http://cabas.test/api/cron/nope", { headers: { authorization: "Bearer le-bon-secret" } }),
      {
        params: Promise.resolve({ job: "nope" }),
      },
    );
    expect(unknown.status).toBe(404);
  });
});
