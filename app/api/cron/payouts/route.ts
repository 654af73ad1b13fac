import { connection } from "next/server";
import { handleCronRequest } from "@/lib/cron/handle-cron-request";

// GET /api/cron/payouts — hourly: schedules payouts of validated distributions and pays those due (Mondays).
export async function GET(request: Request) {
  await connection();
  return handleCronRequest(request, "payouts");
}
