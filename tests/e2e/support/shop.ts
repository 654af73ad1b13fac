import { expect, type Locator, type Page } from "@playwright/test";
import { euros } from "./money";
import { signInAs } from "./fixtures";

// Where the shop shows the shopper's basket: from 640 px up, the panel beside the products (#panier); below, a
// bottom sheet opened from the bar at the foot of the screen (components/ui/sheet.tsx), the panel hidden.
export const basketBar = (page: Page) => page.getByRole("button", { name: /^(Panier|Basket) · / });
export const basketSheet = (page: Page) => page.getByRole("dialog", { name: /^(Ma commande|My order)/ });
const PHONE_MAX_WIDTH = 639;

export function isPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? Infinity) <= PHONE_MAX_WIDTH;
}

// The basket as the shopper reaches it at the page's width: the panel, or the sheet opened (once it has lines).
export async function openBasket(page: Page): Promise<Locator> {
  if (!isPhone(page)) return page.locator("#panier");
  const sheet = basketSheet(page);
  if (!(await sheet.isVisible())) await basketBar(page).click();
  await expect(sheet).toBeVisible();
  return sheet;
}

// Back to the products: the sheet closed (Escape), nothing to do beside the panel.
export async function closeBasket(page: Page) {
  if (!isPhone(page)) return;
  await page.keyboard.press("Escape");
  await expect(basketSheet(page)).toBeHidden();
}

// How a shopper confirms a basket: an offline choice of the order page, or the card.
export type BasketPayment = "Paiement sur place" | "Virement bancaire" | "card";

// A member signs in, fills a basket in the distribution's shop (each product searched by its name, `quantity` of
// it) and checks its running total, then confirms it: on the spot or by transfer, or by card through the fake
// Stripe checkout, whose webhook is what confirms a card basket.
export async function orderThroughShop(
  page: Page,
  {
    email,
    distributionId,
    lines,
    totalCents,
    pay,
  }: { email: string; distributionId: string; lines: [string, number][]; totalCents: number; pay: BasketPayment },
) {
  await signInAs(page, email);
  for (const [name, quantity] of lines) {
    await page.goto(`/m/bellefontaine/distributions/${distributionId}/recherche?q=${encodeURIComponent(name)}`);
    // The quantity field names its product exactly (the card's title may carry a « Bio » badge).
    const field = page.getByLabel(`Quantité de ${name}`, { exact: true });
    const product = page.getByRole("article").filter({ has: field });
    await field.fill(String(quantity));
    await product.getByRole("button", { name: "Commander" }).click();
    // « 2 · Pain », « 0,5 kg · Amandes », « 2 × 500 g · Miel »: the quantity with its unit, then the product.
    const line = new RegExp(`^${String(quantity).replace(".", ",")}\\b[^·]* · ${name.replace(/[()]/g, "\\$&")}`);
    await expect((await openBasket(page)).getByRole("listitem").filter({ hasText: line })).toBeVisible();
  }
  const basket = await openBasket(page);
  await expect(basket.getByTestId("basket-total")).toHaveText(euros(totalCents));
  await basket.getByRole("link", { name: "Valider ma commande" }).click();
  if (pay === "card") {
    await page.getByRole("button", { name: "Payer par carte" }).click();
    await expect(page.getByText(`Montant : ${(totalCents / 100).toFixed(2)} €`)).toBeVisible();
    await page.getByRole("button", { name: "Payer" }).click();
    await expect(page).toHaveURL(/\/compte\?paiement=/);
  } else {
    await page.getByRole("radio", { name: new RegExp(pay) }).check();
    await page.getByRole("button", { name: "Sélectionner" }).click();
    await expect(page.getByText("Votre commande est bien enregistrée !")).toBeVisible();
    // Where the market offers pick-up slots or delivery help, choosing them comes next; the order page is a link
    // away, where the callers carry on.
    if (new URL(page.url()).pathname.startsWith("/retrait/"))
      await page.getByRole("link", { name: "Voir ma commande" }).click();
    await expect(page).toHaveURL(/\/commande\//);
  }
}
