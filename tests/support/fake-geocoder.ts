import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Geocoder } from "@/lib/domain/geocoding/geocoder";

// The towns the seed, the tests and the journeys type, where the national address service would place them.
export const GEOCODED_TOWNS = [
  { city: "Vénissieux", postcodes: ["69200"], lat: 45.6975, lng: 4.8867 },
  { city: "Saint-Priest", postcodes: ["69800"], lat: 45.6963, lng: 4.9438 },
  { city: "Mions", postcodes: ["69780"], lat: 45.6633, lng: 4.9533 },
  { city: "Saint-Fons", postcodes: ["69190"], lat: 45.7086, lng: 4.8533 },
  { city: "Corbas", postcodes: ["69960"], lat: 45.6681, lng: 4.9019 },
  { city: "Bron", postcodes: ["69500"], lat: 45.7386, lng: 4.913 },
  { city: "Villeurbanne", postcodes: ["69100"], lat: 45.7719, lng: 4.8902 },
  { city: "Lyon", postcodes: ["69001", "69002", "69003", "69007", "69008"], lat: 45.764, lng: 4.8357 },
  { city: "Captieux", postcodes: ["33840"], lat: 44.2917, lng: -0.2606 },
  { city: "Bordeaux", postcodes: ["33000"], lat: 44.8378, lng: -0.5792 },
  { city: "Grenoble", postcodes: ["38000"], lat: 45.1885, lng: 5.7245 },
  { city: "Paris", postcodes: ["75001"], lat: 48.8566, lng: 2.3522 },
];

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ");

// The known town named last in `q` (and in `postcode` when one is given), if any.
export function townOf(q: string, postcode?: string | null) {
  const text = ` ${plain(q)} `;
  return GEOCODED_TOWNS.filter((t) => !postcode || t.postcodes.includes(postcode))
    .map((t) => ({ t, at: text.lastIndexOf(` ${plain(t.city).trim()} `) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => b.at - a.at)[0]?.t;
}

// The same answers without a server, for the tests about something else than geocoding.
export const townGeocoder: Geocoder = {
  async geocode({ text, postcode }) {
    const town = townOf(text, postcode);
    return town ? { lat: town.lat, lng: town.lng } : "not-found";
  },
};

// A local stand-in for the national address service (GEOCODER_URL), for the real client (lib/geocoding): GET
// /search?q=…&limit=1[&postcode=…] answers the same GeoJSON, with the town `townOf` finds, or no feature for a
// town it does not know. `down` makes it answer 503, as the service
// does when it is unavailable; POST /control?down=1|0 sets it from another process (the journeys).
export async function startFakeGeocoder({ port = 0 }: { port?: number } = {}) {
  const state = { down: false, queries: [] as string[] };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(data));
    };
    if (url.pathname === "/health") return json(200, { ok: true });
    if (req.method === "POST" && url.pathname === "/control") {
      state.down = url.searchParams.get("down") === "1";
      return json(200, { down: state.down });
    }
    if (req.method !== "GET" || url.pathname !== "/search") return json(404, { error: "not found" });
    if (state.down) return json(503, { error: "service unavailable" });
    const q = url.searchParams.get("q") ?? "";
    state.queries.push(q);
    const postcode = url.searchParams.get("postcode");
    const town = townOf(q, postcode);
    const features = town
      ? [
          {
            type: "Feature",
            geometry: { type: "Point", coordinates: [town.lng, town.lat] },
            properties: {
              label: `${town.city}`,
              score: 0.92,
              postcode: postcode ?? town.postcodes[0],
              city: town.city,
              type: "municipality",
            },
          },
        ]
      : [];
    return json(200, { type: "FeatureCollection", features, query: q });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
