import type { producer as fr } from "../fr/producer";

export const producer: typeof fr = {
  errors: {},
};
