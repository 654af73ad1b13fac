import { vi } from "vitest";
import { interopRows } from "./authorization/interop";
import { describeMatrix } from "./authorization/matrix";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): the DFC export and import's rows.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix(interopRows);
