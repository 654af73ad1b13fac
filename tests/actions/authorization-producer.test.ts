import { vi } from "vitest";
import { describeMatrix } from "./authorization/matrix";
import { producerRows } from "./authorization/producer";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): the producer space's rows.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix(producerRows);
