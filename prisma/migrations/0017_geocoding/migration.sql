-- Addresses are placed by the national address service when saved, never typed as coordinates: "geocoding" says
-- why one has no position yet. Those saved without one so far are asked again by the geocode job.
CREATE TYPE "GeocodeState" AS ENUM ('PENDING', 'NOT_FOUND');

ALTER TABLE "Place" ADD COLUMN "geocoding" "GeocodeState";
ALTER TABLE "Producer" ADD COLUMN "geocoding" "GeocodeState";

UPDATE "Place" SET "geocoding" = 'PENDING' WHERE "lat" IS NULL OR "lng" IS NULL;
UPDATE "Producer" SET "geocoding" = 'PENDING'
  WHERE ("lat" IS NULL OR "lng" IS NULL) AND ("zipCode" IS NOT NULL OR "city" IS NOT NULL);
