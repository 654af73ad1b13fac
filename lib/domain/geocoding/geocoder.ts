import type { GeocodeState } from "@/generated/prisma/client";

// What Cabas asks of a geocoder (the national address service in production, lib/geocoding): the position of an
// address typed as one line, restricted to a postcode when one was typed. It answers a position, that it knows no
// such address, or that it could not be asked (down, slow, an answer it could not read); it never throws for those.
export type AddressQuery = { text: string; postcode?: string };
export type Position = { lat: number; lng: number };
export type GeocodeAnswer = Position | "not-found" | "unreachable";
export interface Geocoder {
  geocode(query: AddressQuery): Promise<GeocodeAnswer>;
}

export type PostalAddress = { address?: string | null; zipCode?: string | null; city?: string | null };

// What a page says of a saved address: placed, unknown to the service (a typo to correct), or waiting for the
// service (the geocode job asks again). Null: there is no address to place.
export type AddressLocation = "located" | "not-found" | "pending";

export function addressLocation(row: { lat: number | null; geocoding: GeocodeState | null }): AddressLocation | null {
  if (row.geocoding === "PENDING") return "pending";
  if (row.geocoding === "NOT_FOUND") return "not-found";
  return row.lat != null ? "located" : null;
}

// The query for an address: a street alone places nothing, so without a postcode or a town there is none.
export function addressQuery({ address, zipCode, city }: PostalAddress): AddressQuery | null {
  if (!zipCode?.trim() && !city?.trim()) return null;
  const text = [address, zipCode, city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  return { text, postcode: zipCode?.trim() || undefined };
}

export function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (v: string | null | undefined) => (v ?? "").trim();
  return norm(a.address) === norm(b.address) && norm(a.zipCode) === norm(b.zipCode) && norm(a.city) === norm(b.city);
}

// The columns to write for an address: asked of the geocoder outside any transaction (it may take seconds), the
// answer kept as a position or as the reason there is none.
export async function locateAddress(
  geocoder: Geocoder,
  address: PostalAddress,
): Promise<{ lat: number | null; lng: number | null; geocoding: GeocodeState | null }> {
  const query = addressQuery(address);
  if (!query) return { lat: null, lng: null, geocoding: null };
  const answer = await geocoder.geocode(query);
  if (answer === "unreachable") return { lat: null, lng: null, geocoding: "PENDING" };
  if (answer === "not-found") return { lat: null, lng: null, geocoding: "NOT_FOUND" };
  return { lat: answer.lat, lng: answer.lng, geocoding: null };
}
