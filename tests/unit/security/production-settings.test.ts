import { describe, expect, it } from "vitest";
import { productionSettingsProblems, productionSettingsReport } from "@/lib/env";

const COMPLETE = {
  NODE_ENV: "production",
  APP_URL: "https://cabas.example.org",
  AUTH_SECRET: "a-random-secret",
  CRON_SECRET: "another-random-secret",
};

describe("production settings checked at start", () => {
  it("asks for nothing in development or tests, where local defaults apply", () => {
    expect(productionSettingsProblems({ NODE_ENV: "development" })).toEqual([]);
    expect(productionSettingsProblems({ NODE_ENV: "test" })).toEqual([]);
    expect(productionSettingsProblems({})).toEqual([]);
  });

  it("accepts a complete public configuration", () => {
    expect(productionSettingsProblems(COMPLETE)).toEqual([]);
    expect(productionSettingsReport(COMPLETE)).toBeNull();
  });

  it.each([
    ["APP_URL missing", { APP_URL: undefined }, /^APP_URL is not set: set the public address/],
    ["APP_URL empty", { APP_URL: " " }, /^APP_URL is not set/],
    [
      "APP_URL on localhost",
      { APP_URL: "http://localhost:3000" },
      /^APP_URL points to this machine \(http:\/\/localhost:3000\)/,
    ],
    ["APP_URL on 127.0.0.1", { APP_URL: "http://127.0.0.1:3100" }, /^APP_URL points to this machine/],
    ["APP_URL on ::1", { APP_URL: "http://[::1]:3000" }, /^APP_URL points to this machine/],
    ["APP_URL on a .localhost name", { APP_URL: "http://cabas.localhost" }, /^APP_URL points to this machine/],
    [
      "APP_URL not a URL",
      { APP_URL: "cabas.example.org" },
      /^APP_URL is not an http\(s\) address \(cabas\.example\.org\)/,
    ],
    ["APP_URL not http(s)", { APP_URL: "ftp://cabas.example.org" }, /^APP_URL is not an http\(s\) address/],
    ["AUTH_SECRET missing", { AUTH_SECRET: undefined }, /^AUTH_SECRET is not set: .*openssl rand -base64 32/],
    ["AUTH_SECRET empty", { AUTH_SECRET: "" }, /^AUTH_SECRET is not set/],
    ["CRON_SECRET missing", { CRON_SECRET: undefined }, /^CRON_SECRET is not set: .*\/api\/cron/],
  ])("%s: one message saying what to set", (_, change, message) => {
    const problems = productionSettingsProblems({ ...COMPLETE, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("lists every problem at once, and stops the start with all of them", () => {
    const env = { NODE_ENV: "production" };
    expect(productionSettingsProblems(env)).toHaveLength(3);
    expect(productionSettingsReport(env)).toMatch(
      /cannot start in production[\s\S]*- APP_URL is not set[\s\S]*- AUTH_SECRET is not set[\s\S]*- CRON_SECRET is not set[\s\S]*CABAS_LOCAL=1/,
    );
  });

  describe("CABAS_LOCAL=1, a production build run on this machine only", () => {
    const local = { NODE_ENV: "production", CABAS_LOCAL: "1", AUTH_SECRET: "kept-in-.data" };

    it("accepts a local APP_URL, or none, and no CRON_SECRET", () => {
      expect(productionSettingsProblems(local)).toEqual([]);
      expect(productionSettingsProblems({ ...local, APP_URL: "http://127.0.0.1:3100" })).toEqual([]);
      expect(productionSettingsProblems({ ...local, APP_URL: "http://localhost:3000" })).toEqual([]);
    });

    it("still needs a session secret", () => {
      expect(productionSettingsProblems({ ...local, AUTH_SECRET: undefined })).toEqual([
        expect.stringMatching(/^AUTH_SECRET is not set/),
      ]);
    });

    it("is refused beside a public APP_URL, so it cannot silence a real deployment", () => {
      expect(productionSettingsProblems({ ...COMPLETE, CABAS_LOCAL: "1" })).toEqual([
        expect.stringMatching(/^CABAS_LOCAL=1 is for a server only reached from this machine, but APP_URL is public/),
      ]);
    });

    it("means 1 only", () => {
      expect(productionSettingsProblems({ ...local, CABAS_LOCAL: "true" })).toEqual([
        expect.stringMatching(/^APP_URL is not set/),
        expect.stringMatching(/^CRON_SECRET is not set/),
      ]);
    });
  });
});
