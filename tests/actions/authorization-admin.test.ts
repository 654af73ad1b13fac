import { vi } from "vitest";
import { adminRows } from "./authorization/admin";
import { describeMatrix } from "./authorization/matrix";
import { inboxRows, messageRows } from "./authorization/messages";
import { moneyRows } from "./authorization/money";
import { refundRows } from "./authorization/refunds";
import { statementRows } from "./authorization/statements";

// The authorization matrix (tests/actions/authorization-matrix.test.ts): market administration's rows (its
// messages, the money its admins record, its statements and cancellations included).
vi.mock("next/headers", async () => (await import("./authorization/request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./authorization/request")).nextCache);
vi.mock("@/lib/auth/current-user", async () => (await import("./authorization/request")).currentUser);

describeMatrix([...adminRows, ...messageRows, ...inboxRows, ...moneyRows, ...statementRows, ...refundRows]);
