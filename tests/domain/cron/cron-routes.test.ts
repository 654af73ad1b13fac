import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CRON_JOBS, type CronJobName } from "@/lib/cron/jobs";
import { handleCronRequest } from "@/lib/cron/handle-cron-request";

describe("cron routes", () => {
  it("refuse a missing or wrong CRON_SECRET with 401", async () => {
    process.env.CRON_SECRET = "le-bon-secret";
    for (const header of [undefined, "Bearer mauvais", "le-bon-secret", "Bearer le-bon-secretX"]) {
      const request = new Request("http://cabas.test/api/cron/deliver-emails", { headers: header ? { authorization: header } : {} });
      expect((await handleCronRequest(request, "deliver-emails")).status).toBe(401);
    }
    const ok = await handleCronRequest(new Request("http://cabas.test/", { headers: { authorization: "Bearer le-bon-secret" } }), "deliver-emails");
    expect(ok.status).toBe(200);
  });

  it("every job has a route file and a vercel.json entry with its schedule", () => {
    const vercel = JSON.parse(readFileSync("vercel.json", "utf8")) as { crons: { path: string; schedule: string }[] };
    for (const [name, job] of Object.entries(CRON_JOBS) as [CronJobName, { schedule: string }][]) {
      expect(vercel.crons).toContainEqual({ path: `/api/cron/${name}`, schedule: job.schedule });
      expect(readFileSync(`app/api/cron/${name}/route.ts`, "utf8")).toContain(`handleCronRequest(request, "${name}")`);
    }
  });
});
