// npm run db:migrate — applies the committed migrations to DATABASE_URL (or to the embedded database).
import { applyMigrations } from "../lib/db/migrations";
import { provideDatabase } from "./database";

const { url, embedded } = await provideDatabase();
const count = await applyMigrations(url, console.log);
console.log(count === 0 ? "Database is up to date." : `${count} migration(s) applied.`);
await embedded?.stop();
process.exit(0);
