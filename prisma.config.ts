import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The CLI is used offline for `prisma generate` and `prisma migrate diff` only; migrations are applied by
// scripts/migrate.ts. `engine: "js"` keeps the CLI on its bundled WASM schema engine (the binary engine
// would be downloaded, which cannot work here).
export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    });
  },
});
