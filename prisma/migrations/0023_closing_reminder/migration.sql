-- « La commande ferme bientôt »: how many hours before a sale closes its members are reminded (issue 18, item 5).
ALTER TABLE "Market" ADD COLUMN "closingReminderHours" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "Market" ADD CONSTRAINT "Market_closing_reminder_hours" CHECK ("closingReminderHours" IN (24, 48));
