import { vi } from "vitest";
import { logisticsRows } from "./authorization/logistics";
import { describeMatrix } from "./authorization/matrix";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): pick-up slots, delivery help and
// volunteer duties.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix(logisticsRows);
