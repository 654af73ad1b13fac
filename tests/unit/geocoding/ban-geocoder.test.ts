import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressQuery } from "@/lib/domain/geocoding/geocoder";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";

// What the service answers next, and what it was asked.
let answer: { status: number; body: string } = { status: 200, body: "" };
const asked: URL[] = [];
const server = createServer((req, res) => {
  asked.push(new URL(req.url ?? "/", "http://127.0.0.1"));
  res.writeHead(answer.status, { "content-type": "application/json" });
  res.end(answer.body);
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/geocodage/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const feature = (coordinates: unknown, score: unknown) =>
  JSON.stringify({
    type: "FeatureCollection",
    features: [{ type: "Feature", geometry: { type: "Point", coordinates }, properties: { score } }],
  });

describe("the national address service's client", () => {
  it("asks for the best match of the address, within its postcode, and reads [longitude, latitude]", async () => {
    answer = { status: 200, body: feature([4.8867, 45.6975], 0.87) };
    const query = addressQuery({ address: " 12 rue Georges Lyvet ", zipCode: "69200", city: "Vénissieux" });
    expect(await banGeocoder(base).geocode(query!)).toEqual({ lat: 45.6975, lng: 4.8867 });
    const url = asked.at(-1)!;
    expect(url.pathname).toBe("/geocodage/search");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: "12 rue Georges Lyvet 69200 Vénissieux",
      limit: "1",
      postcode: "69200",
    });
  });

  it.each([
    ["no feature", 200, JSON.stringify({ type: "FeatureCollection", features: [] }), "not-found"],
    ["a guess below the score it trusts", 200, feature([4.8, 45.7], 0.31), "not-found"],
    ["a query it refuses to read", 400, JSON.stringify({ code: 400, message: "q must contain" }), "not-found"],
    ["its unavailability", 503, "Service Unavailable", "unreachable"],
    ["a page that is not its JSON", 200, "<html>maintenance</html>", "unreachable"],
    ["JSON without features", 200, JSON.stringify({ error: "x" }), "unreachable"],
    ["a position out of range", 200, feature([4.8, 145.7], 0.9), "unreachable"],
  ])("reads %s as %s", async (_, status, body, expected) => {
    answer = { status, body };
    expect(await banGeocoder(base).geocode({ text: "Vénissieux" })).toBe(expected);
  });

  it("gives no query for an address without a postcode or a town", () => {
    expect(addressQuery({ address: "12 rue Georges Lyvet", zipCode: " ", city: null })).toBeNull();
    expect(addressQuery({ address: null, zipCode: null, city: "Mions" })).toEqual({
      text: "Mions",
      postcode: undefined,
    });
  });
});
