// Strings of the producer area. `errors` maps DomainError codes raised by this area's use cases.
export const producer = {
  errors: {} as Record<string, string>,
};
