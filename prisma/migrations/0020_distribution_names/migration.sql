-- A sale may have a name (« Commande VRAC Quartier ») and a note for its members (« apportez vos contenants »).
ALTER TABLE "Distribution" ADD COLUMN "name" TEXT;
ALTER TABLE "Distribution" ADD COLUMN "note" TEXT;
