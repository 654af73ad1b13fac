import { domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { exportPersonalData } from "@/lib/domain/account/export-personal-data";

// GET /api/exports/personal-data — everything Cabas keeps about the signed-in person, as a JSON download.
export async function GET() {
  try {
    const actor = await routeActor();
    if (!actor) return new Response("Unauthorized", { status: 401 });
    const now = new Date();
    const data = await exportPersonalData({ actor, now });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="cabas-mes-donnees-${now.toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return domainErrorResponse(error);
  }
}
