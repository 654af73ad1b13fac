-- A producer's phone, e-mail and street address are shown on the public page only once the producer chose to.
ALTER TABLE "Producer" ADD COLUMN "publishPhone" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Producer" ADD COLUMN "publishEmail" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Producer" ADD COLUMN "publishAddress" BOOLEAN NOT NULL DEFAULT false;
