// npm run dev | npm start — provides the database (embedded unless DATABASE_URL is set), applies the
// migrations, seeds the demo market into an empty embedded database, then runs Next.js as a child process.
// `npm start` first checks the production settings (lib/env.ts) and stops with the list of what to set.
import { spawn } from "node:child_process";
import { isLocalRun, stopWithoutProductionSettings } from "../lib/env";
import { prepareDatabase } from "./database";
import { localSecret } from "./local-secrets";

const mode = process.argv[2] === "start" ? "start" : "dev";
const production = mode === "start";
const embedded = !process.env.DATABASE_URL;
// The secret kept in .data/ signs sessions in development, and in a production run on this machine only.
const authSecret =
  process.env.AUTH_SECRET || (embedded && (!production || isLocalRun()) ? localSecret("auth-secret") : undefined);
if (production) {
  stopWithoutProductionSettings({ ...process.env, NODE_ENV: "production", AUTH_SECRET: authSecret });
} else if (!authSecret) {
  console.error("AUTH_SECRET must be set when DATABASE_URL is (see README).");
  process.exit(1);
}

const database = await prepareDatabase();

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: authSecret,
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  NEXT_TELEMETRY_DISABLED: "1",
  // This process owns the embedded database, so this server is the only one: nothing to tell other instances
  // (lib/cache-broadcast.js).
  ...(database.embedded ? { CABAS_EMBEDDED_DATABASE: "1" } : {}),
};
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, ...process.argv.slice(3)], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await database.embedded?.stop();
  process.exit(code ?? 0);
});
