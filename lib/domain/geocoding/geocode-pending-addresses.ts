import { db } from "@/lib/db/client";
import type { ItemFailure, JobOutcome } from "../job/item-failures";
import { type Geocoder, locateAddress } from "./geocoder";

type Located = Awaited<ReturnType<typeof locateAddress>>;

// How many addresses one run asks for: the service allows 50 requests a second, a run stays well under that.
const BATCH = 100;

// The geocode job: the places and farms saved while the address service could not be reached are asked again
// (an edit meanwhile asked for itself, so its answer is not overwritten). While the service stays unreachable the run stops at the first such answer, leaving the rest
// for the next run rather than waiting out a timeout per address; an error on one address fails that one only.
export async function geocodePendingAddresses({
  geocoder,
}: {
  geocoder: Geocoder;
}): Promise<JobOutcome & { located: number; notFound: number }> {
  const address = { address: true, zipCode: true, city: true } as const;
  const [places, producers] = await Promise.all([
    db().place.findMany({
      where: { geocoding: "PENDING" },
      select: { id: true, ...address },
      orderBy: { id: "asc" },
      take: BATCH,
    }),
    db().producer.findMany({
      where: { geocoding: "PENDING" },
      select: { id: true, ...address },
      orderBy: { id: "asc" },
      take: BATCH,
    }),
  ]);
  // Each row is written only where it still has the address that was asked about and still waits.
  const items = [
    ...places.map((row) => ({
      item: "place",
      row,
      write: (data: Located) => db().place.updateMany({ where: { ...row, geocoding: "PENDING" }, data }),
    })),
    ...producers.map((row) => ({
      item: "producer",
      row,
      write: (data: Located) => db().producer.updateMany({ where: { ...row, geocoding: "PENDING" }, data }),
    })),
  ].slice(0, BATCH);
  const failures: ItemFailure[] = [];
  let located = 0;
  let notFound = 0;
  for (const { item, row, write } of items) {
    try {
      const position = await locateAddress(geocoder, row);
      if (position.geocoding === "PENDING") {
        failures.push({ item, itemId: row.id, error: new Error("address service unreachable") });
        break;
      }
      const { count } = await write(position);
      if (count === 0) continue;
      if (position.geocoding === "NOT_FOUND") notFound++;
      else located++;
    } catch (error) {
      failures.push({ item, itemId: row.id, error });
    }
  }
  return { located, notFound, succeeded: located + notFound, failures };
}
