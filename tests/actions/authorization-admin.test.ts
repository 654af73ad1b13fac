import { vi } from "vitest";
import { adminRows } from "./authorization/admin";
import { describeMatrix } from "./authorization/matrix";
import { messageRows } from "./authorization/messages";
import { refundRows } from "./authorization/refunds";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): market administration's rows,
// cancellations included.
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix([...adminRows, ...messageRows, ...refundRows]);
