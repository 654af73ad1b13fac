// npm run db:seed — seeds the demo market into an empty database (embedded unless DATABASE_URL is set).
import { disconnectDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { seedDemoIfEmpty } from "../prisma/seed";
import { provideDatabase } from "./database";

const { url, embedded } = await provideDatabase();
process.env.DATABASE_URL = url;
await applyMigrations(url, console.log);
console.log(
  (await seedDemoIfEmpty(new Date())) ? "Demo market seeded." : "The database already has markets: nothing seeded.",
);
await disconnectDb();
await embedded?.stop();
process.exit(0);
