// npm run dev | npm start — provides the database (embedded unless DATABASE_URL is set), applies the
// migrations, seeds the demo market into an empty embedded database, then runs Next.js as a child process.
import { spawn } from "node:child_process";
import { applyMigrations } from "../lib/db/migrations";
import { disconnectDb } from "../lib/db/client";
import { seedDemoIfEmpty } from "../prisma/seed";
import { provideDatabase } from "./database";
import { localSecret } from "./local-secrets";

const mode = process.argv[2] === "start" ? "start" : "dev";
const { url, embedded } = await provideDatabase();
process.env.DATABASE_URL = url;
await applyMigrations(url, console.log);
if (embedded || process.env.SEED_DEMO === "1") {
  if (await seedDemoIfEmpty(new Date())) console.log("Demo market seeded: http://localhost:3000/m/bellefontaine");
}
await disconnectDb();

const env = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? (embedded ? localSecret("auth-secret") : undefined),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!env.AUTH_SECRET) {
  console.error("AUTH_SECRET must be set when DATABASE_URL is (see README).");
  process.exit(1);
}
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, ...process.argv.slice(3)], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await embedded?.stop();
  process.exit(code ?? 0);
});
