// Strings of the shop area. `errors` maps DomainError codes raised by this area's use cases.
export const shop = {
  errors: {} as Record<string, string>,
};
