import { openDemoDistribution } from "../support/demo";
import { signInAs, test } from "../support/fixtures";

// A visual pass for a person to look at, not a comparison: full-page screenshots of the main pages on a phone
// and on a laptop, attached to the Playwright report (npx playwright show-report).

const WIDTHS = [375, 1366];

test("[VISUAL] the main pages at 375 and 1366 px, in the report", async ({ newPerson }, testInfo) => {
  const { query } = await import("../support/db");
  const distribution = await openDemoDistribution();
  const [catalog] = await query<{ id: string }>(
    `SELECT c.id FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'epicerie-vrac-minguettes' ORDER BY c.number LIMIT 1`,
  );
  const pages: [string | null, string, string][] = [
    [null, "market", "/m/bellefontaine"],
    ["client@cabas.test", "shop", `/m/bellefontaine/distributions/${distribution.id}`],
    ["client@cabas.test", "account", "/compte"],
    ["producteur@cabas.test", "producer-products", `/producteur/catalogues/${catalog.id}`],
    ["admin@cabas.test", "admin-members", `/admin/${distribution.marketId}/membres`],
    ["admin@cabas.test", "admin-orders", `/admin/${distribution.marketId}/distributions/${distribution.id}/commandes`],
  ];
  for (const width of WIDTHS) {
    const people = new Map<string | null, Awaited<ReturnType<typeof newPerson>>>();
    for (const [email, name, path] of pages) {
      let page = people.get(email);
      if (!page) {
        page = await newPerson({ viewport: { width, height: 900 } });
        if (email) await signInAs(page, email);
        people.set(email, page);
      }
      await page.goto(path);
      await testInfo.attach(`${name}-${width}px.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
  }
});
