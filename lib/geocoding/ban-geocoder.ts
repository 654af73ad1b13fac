import type { AddressQuery, GeocodeAnswer, Geocoder } from "@/lib/domain/geocoding/geocoder";
import { geocoderUrl } from "@/lib/env";

// Below this score the service's best match is a guess (another street, another town), not the address typed.
const MIN_SCORE = 0.4;
// A save waits for the answer: a slow service leaves the address to the geocode job rather than the person waiting.
const TIMEOUT_MS = 4000;

type FeatureCollection = {
  features?: { geometry?: { coordinates?: unknown }; properties?: { score?: unknown } }[];
};

// The national address service (Base Adresse Nationale), GET <base>/search?q=…&limit=1[&postcode=…]: a GeoJSON
// FeatureCollection whose best feature carries [longitude, latitude] and a score between 0 and 1.
export function banGeocoder(baseUrl: string = geocoderUrl()): Geocoder {
  return {
    async geocode(query: AddressQuery): Promise<GeocodeAnswer> {
      const url = new URL(`${baseUrl.replace(/\/$/, "")}/search`);
      url.searchParams.set("q", query.text);
      url.searchParams.set("limit", "1");
      if (query.postcode) url.searchParams.set("postcode", query.postcode);
      let body: FeatureCollection;
      try {
        const response = await fetch(url, {
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: { accept: "application/json" },
        });
        // A query the service refuses to read (400: too short, a postcode it does not know) names no address.
        if (response.status === 400) return "not-found";
        if (!response.ok) return "unreachable";
        body = (await response.json()) as FeatureCollection;
      } catch {
        return "unreachable";
      }
      if (!Array.isArray(body?.features)) return "unreachable";
      const best = body.features[0];
      if (!best) return "not-found";
      const [lng, lat] = Array.isArray(best.geometry?.coordinates) ? best.geometry.coordinates : [];
      const score = best.properties?.score;
      if (typeof lat !== "number" || typeof lng !== "number" || Math.abs(lat) > 90 || Math.abs(lng) > 180)
        return "unreachable";
      if (typeof score === "number" && score < MIN_SCORE) return "not-found";
      return { lat, lng };
    },
  };
}
