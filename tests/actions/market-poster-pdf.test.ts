import { describe, expect, it, vi } from "vitest";
import { appUrl } from "@/lib/env";
import { createDistribution, createMarket, createMembership, createUser } from "../support/factories";
import { qrCodeOfPdf } from "../support/pdf-qr";
import { pdftotext } from "../support/pdf-text";

// The poster's PDF route, as Next calls it, with only the session stood in for: its text read back with
// pdftotext, its QR code read from the printed page as a phone would.
const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUserId: async () => request.userId }));

const { GET } = await import("@/app/[locale]/(site)/(admin)/admin/[marketId]/affiche/route");

async function poster(userId: string, locale: string, marketId: string) {
  request.userId = userId;
  return GET(new Request("http://localhost/admin/affiche"), { params: Promise.resolve({ locale, marketId }) });
}

describe("the market's poster (A4 PDF)", () => {
  it("prints the market's name, its next distribution in the market's time, and a QR code of its shared link", async () => {
    const market = await createMarket({ name: "Marché de Bellefontaine", timeZone: "Europe/Paris" });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    // Pick-up 19:00–20:00, Paris time (factories.ts).
    await createDistribution(market, { now: new Date(), inDays: 3 });

    const answer = await poster(admin.id, "fr", market.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toBe("application/pdf");
    expect(answer.headers.get("Content-Disposition")).toBe(`inline; filename="affiche-${market.slug}.pdf"`);
    const pdf = Buffer.from(await answer.arrayBuffer());
    const text = pdftotext(pdf)().replace(/\s+/g, " ");
    const link = `${appUrl()}/m/${market.slug}`;
    expect(text).toContain("Marché de Bellefontaine");
    expect(text).toMatch(/Prochaine distribution : \p{Lu}\p{Ll}+ \d{1,2} \p{Ll}+ \d{4}, 19:00 – 20:00/u);
    expect(text).toContain("Salle des fêtes · 1 place de la Mairie, 33840 Captieux");
    expect(text).toContain("Scannez pour commander");
    expect(text).toContain(link);
    expect(qrCodeOfPdf(pdf)).toBe(link);

    const english = pdftotext(Buffer.from(await (await poster(admin.id, "en", market.id)).arrayBuffer()))();
    expect(english).toContain("Scan to order");
  });

  it("says that dates are on the market's page when none is planned", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const pdf = Buffer.from(await (await poster(admin.id, "fr", market.id)).arrayBuffer());
    expect(pdftotext(pdf)().replace(/\s+/g, " ")).toContain("annoncées sur la page du marché");
  });
});
