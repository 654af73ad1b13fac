import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { embeddedDatabaseUrl } from "../lib/db/embedded-url";

// Random secrets kept in .data/ (readable by their owner only), so that a local run needs no set-up and its
// sessions and database connections survive restarts. A public production server sets AUTH_SECRET itself.
//   auth-secret   signs sessions (AUTH_SECRET)
//   db-password   the embedded database's password (scripts/database.ts)
export function localSecret(name: "auth-secret" | "db-password"): string {
  const file = path.resolve(".data", name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

// The address of the embedded database served by `npm run dev` or `npm start` on this machine.
export function localDatabaseUrl(port = Number(process.env.EMBEDDED_DB_PORT ?? 54329)): string {
  return embeddedDatabaseUrl(port, localSecret("db-password"));
}
