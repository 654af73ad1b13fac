// Prisma's ProductCategory as JavaScript (Prisma generates
// TypeScript, which Node does not run). The type check fails as soon as this list and the schema's enum differ.
/** @import { ProductCategory } from "../../generated/prisma/enums" */

/** @satisfies {{ [C in ProductCategory]: C }} */
const CATEGORIES = {
  FRUITS_VEGETABLES: "FRUITS_VEGETABLES",
  DAIRY: "DAIRY",
  MEAT: "MEAT",
  SEAFOOD: "SEAFOOD",
  BAKERY: "BAKERY",
  GROCERY: "GROCERY",
  DRINKS: "DRINKS",
  PREPARED: "PREPARED",
  HYGIENE: "HYGIENE",
  OTHER: "OTHER",
};

export const PRODUCT_CATEGORIES = Object.values(CATEGORIES);

/**
 * @param {string} value
 * @returns {value is ProductCategory}
 */
export function isProductCategory(value) {
  return Object.hasOwn(CATEGORIES, value);
}
