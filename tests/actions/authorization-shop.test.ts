import { vi } from "vitest";
import { withFakeStripe } from "../support/fake-stripe";
import { describeMatrix } from "./authorization/matrix";
import { paymentRows } from "./authorization/payments";
import { personalRows, preferenceRows, shopRows } from "./authorization/shop";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): the shop's rows, payments included.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

withFakeStripe();
describeMatrix([...shopRows, ...personalRows, ...preferenceRows, ...paymentRows]);
