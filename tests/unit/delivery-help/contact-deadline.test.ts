import { describe, expect, it } from "vitest";
import { deliveryContactsUntil, deliveryContactsVisible } from "@/lib/domain/delivery-help/contact-deadline";
import { deliveryAddress, volunteerDisplayName } from "@/lib/domain/delivery-help/display-names";

const day = (d: string) => ({ day: new Date(`${d}T00:00:00.000Z`) });

describe("delivery contacts: shown until the end of the day after the distribution, market time", () => {
  it.each([
    ["2026-06-04", "Europe/Paris", "2026-06-05T22:00:00.000Z"], // summer time, UTC+2
    ["2026-01-15", "Europe/Paris", "2026-01-16T23:00:00.000Z"], // winter time, UTC+1
    ["2026-03-28", "Europe/Paris", "2026-03-29T22:00:00.000Z"], // the next day clocks go forward
    ["2026-10-24", "Europe/Paris", "2026-10-25T23:00:00.000Z"], // the next day clocks go back
    ["2026-06-30", "Europe/Paris", "2026-07-01T22:00:00.000Z"], // across a month end
    ["2026-06-04", "America/Guadeloupe", "2026-06-06T04:00:00.000Z"], // UTC−4
    ["2026-06-04", "Pacific/Noumea", "2026-06-05T13:00:00.000Z"], // UTC+11
  ])("a distribution on %s in %s: until %s", (d, tz, iso) => {
    expect(deliveryContactsUntil(day(d), tz).toISOString()).toBe(iso);
  });

  it("is visible up to the last millisecond, not at the deadline", () => {
    const until = deliveryContactsUntil(day("2026-06-04"), "Europe/Paris");
    expect(deliveryContactsVisible(day("2026-06-04"), "Europe/Paris", new Date(until.getTime() - 1))).toBe(true);
    expect(deliveryContactsVisible(day("2026-06-04"), "Europe/Paris", until)).toBe(false);
  });
});

describe("delivery help names", () => {
  it.each([
    [{ firstName: "Louis", lastName: "Perrin" }, "Louis P."],
    [{ firstName: "Émilie", lastName: "  élan" }, "Émilie É."],
    [{ firstName: "Awa", lastName: "" }, "Awa"],
  ])("%o appears as %s", (user, shown) => {
    expect(volunteerDisplayName(user)).toBe(shown);
  });

  it.each([
    [
      { address: "12 rue Lyvet, 69200 Vénissieux", zipCode: "69200", city: "Vénissieux" },
      "12 rue Lyvet, 69200 Vénissieux",
    ],
    [{ address: "12 rue Lyvet", zipCode: "69200", city: "Vénissieux" }, "12 rue Lyvet, 69200 Vénissieux"],
    [{ address: null, zipCode: "69200", city: "Vénissieux" }, "69200 Vénissieux"],
    [{ address: null, zipCode: null, city: null }, null],
  ])("the address %o reads %s", (user, shown) => {
    expect(deliveryAddress(user)).toBe(shown);
  });
});
