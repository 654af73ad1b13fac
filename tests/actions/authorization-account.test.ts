import { vi } from "vitest";
import { accountRows } from "./authorization/account";
import { describeMatrix } from "./authorization/matrix";
import { routeRows } from "./authorization/routes";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): the account's own actions, and the
// route handlers.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix([...accountRows, ...routeRows]);
