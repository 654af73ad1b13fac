import { connection } from "next/server";
import { handleCronRequest } from "@/lib/cron/handle-cron-request";

// GET /api/cron/deliver-emails — every 5 min: sends the e-mail outbox over SMTP.
export async function GET(request: Request) {
  await connection();
  return handleCronRequest(request, "deliver-emails");
}
