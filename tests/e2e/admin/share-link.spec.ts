import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { qrCodeOfImage, qrCodeOfPdf } from "../../support/pdf-qr";

test.use({ viewport: { width: 1280, height: 800 } });

// The QR code drawn on the page, as a phone's camera would read it from the screen: the SVG drawn on a canvas in
// the browser, its pixels decoded here.
async function qrCodeOnPage(page: import("@playwright/test").Page): Promise<string | null> {
  const image = await page.getByTestId("market-qr").evaluate(async (element) => {
    const svg = element.querySelector("svg")!;
    const picture = new Image();
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 400;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 400, 400);
    context.drawImage(picture, 0, 0, 400, 400);
    return Array.from(context.getImageData(0, 0, 400, 400).data);
  });
  return qrCodeOfImage({ data: Uint8ClampedArray.from(image), width: 400, height: 400 });
}

test("[ADMIN] the market's shared link: open it, copy it, show its QR code, print it as an A4 poster", async ({
  page,
  context,
  baseURL,
}) => {
  const [market] = await query<{ id: string; slug: string }>(`SELECT id, slug FROM "Market" WHERE slug = $1`, [
    "bellefontaine",
  ]);
  const link = `${baseURL}/m/${market.slug}`;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, "admin@cabas.test");

  for (const space of [`/admin/${market.id}`, `/admin/${market.id}/parametres`]) {
    await page.goto(space);
    const share = page.getByRole("region", { name: "Lien à partager" });
    await expect(share.getByRole("link", { name: link })).toHaveAttribute("href", link);
    expect(await qrCodeOnPage(page)).toBe(link);
  }

  const share = page.getByRole("region", { name: "Lien à partager" });
  await share.getByRole("button", { name: "Copier le lien" }).click();
  await expect(share.getByRole("button", { name: "Lien copié" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const poster = await page.request.get(
    (await share.getByRole("link", { name: "Imprimer l’affiche (A4, PDF)" }).getAttribute("href"))!,
  );
  expect(poster.status()).toBe(200);
  expect(poster.headers()["content-type"]).toBe("application/pdf");
  expect(qrCodeOfPdf(await poster.body())).toBe(link);

  await share.getByRole("link", { name: link }).click();
  await expect(page).toHaveURL(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marché VRAC de Bellefontaine");
});
