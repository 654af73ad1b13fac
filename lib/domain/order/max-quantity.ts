// At most this many units (or kilos, litres…) of a product in one basket line. Its own module: the day screen checks
// it in the browser, where the rest of the order rules (and Prisma) do not go.
export const MAX_QUANTITY = 1000;
