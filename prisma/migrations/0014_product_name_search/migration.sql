-- The shop's name search is `name ILIKE '%…%'`: a trigram index answers it without reading every product.
-- pg_trgm ships with PostgreSQL (a trusted extension: the database owner may create it) and with PGlite
-- (lib/db/embedded-postgres.ts loads it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Product_name_idx" ON "Product" USING GIN ("name" gin_trgm_ops);
