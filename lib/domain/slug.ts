import { randomBytes } from "node:crypto";
import { isUniqueViolation } from "@/lib/db/client";

export function slugify(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "marche"
  );
}

const NUMBERED = 20;
const ATTEMPTS = 5;

// Creates a row under the first free slug made from `name`: « ferme-du-bois », then « ferme-du-bois-2 » up to
// « -20 », then with a random suffix. Names are not unique, and every name without a Latin letter or digit
// (« 市場 », « 🧺 ») gives the same slug: the twenty-first one must still be created, not fail. `taken` lists the
// slugs starting with the base; a slug taken meanwhile by someone else (a unique violation) is tried again.
export async function createWithFreeSlug<T>(
  name: string,
  { taken, create }: { taken: (base: string) => Promise<string[]>; create: (slug: string) => Promise<T> },
): Promise<T> {
  const base = slugify(name);
  const numbered = [base, ...Array.from({ length: NUMBERED - 1 }, (_, i) => `${base}-${i + 2}`)];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const used = new Set(await taken(base));
    const slug = numbered.find((s) => !used.has(s)) ?? `${base}-${randomBytes(4).toString("hex")}`;
    try {
      return await create(slug);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`no free slug for « ${base} »`);
}
