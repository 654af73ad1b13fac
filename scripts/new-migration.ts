// npm run db:new-migration -- <name>
// Diffs prisma/schema.prisma against the schema as it was when the migrations were last committed, and
// writes the SQL as a new migration folder. Review it (and add CHECK constraints by hand) before committing.
// Prisma's CLI refuses to diff from a live database when a driver adapter is configured, and offline it
// needs one; it still wants a server to talk to, so a throwaway in-memory one is started.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { readMigrations } from "../lib/db/migrations";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
const pgServer = await startEmbeddedPostgres({});
try {
  const from = schemaOfLastMigration();
  // Asynchronous on purpose: this process serves the database the CLI talks to.
  const { stdout: sql } = await promisify(execFile)(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: pgServer.url }, encoding: "utf8" },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const number = String((await readMigrations()).length + 1).padStart(4, "0");
    const dir = path.join("prisma", "migrations", `${number}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${dir}/migration.sql`);
  }
} finally {
  await pgServer.stop();
}
process.exit(0);

function schemaOfLastMigration(): string[] {
  let commit = "";
  try {
    commit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    // no commit yet
  }
  if (!commit) return ["--from-empty"];
  const file = path.join(tmpdir(), `cabas-schema-${commit}.prisma`);
  writeFileSync(file, execFileSync("git", ["show", `${commit}:prisma/schema.prisma`], { encoding: "utf8" }));
  return ["--from-schema-datamodel", file];
}
