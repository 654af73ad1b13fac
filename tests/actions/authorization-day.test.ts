import { vi } from "vitest";
import { dayRows } from "./authorization/distribution-day";
import { describeMatrix } from "./authorization/matrix";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): the distribution day, run by the market's
// admins and the distribution's referents, and the naming of referents.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix(dayRows);
