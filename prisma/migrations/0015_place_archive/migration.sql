-- A place that distributions were held at is archived rather than deleted: its past distributions keep it, new
-- ones can no longer be planned there, and the market page no longer lists it.
ALTER TABLE "Place" ADD COLUMN "archivedAt" TIMESTAMP(3);
