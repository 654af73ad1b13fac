import type { shop as fr } from "../fr/shop";

export const shop: typeof fr = {
  errors: {},
};
