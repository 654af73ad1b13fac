// Strings of the admin area. `errors` maps DomainError codes raised by this area's use cases.
export const admin = {
  errors: {} as Record<string, string>,
};
