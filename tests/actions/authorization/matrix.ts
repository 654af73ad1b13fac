import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { fingerprint } from "./fingerprint";
import { request } from "./request";
import { importSource } from "./surface";
import { buildWorld, ownIds, ROLES, userIdOf, type Role, type World } from "./world";

export type Cell<F> = { world: World; fixture: F; role: Role; userId: string | null };

// One row of the matrix: an exported server action or route method (`<file>#<export>`), which roles may use it
// on the world's rows, and the valid input every role sends.
export type Entry<F> = {
  target: string;
  // Another input for the same target (a second code path), named in the test's title.
  variant?: string;
  allowed: readonly Role[];
  // The rows this row's input points at, made in each world the cells run in.
  setup?: (world: World) => Promise<F>;
  // The input: a form action's fields, a function's arguments, or a route's path parameters (and its query).
  input:
    | { form: (cell: Cell<F>) => Record<string, string | File> }
    | { args: (cell: Cell<F>) => unknown[] }
    | { route: (cell: Cell<F>) => Record<string, string>; query?: (cell: Cell<F>) => Record<string, string> };
  // What an allowed call must have done (or answered, for what only reads); every row with allowed roles has one.
  effect?: (cell: Cell<F>, answer: unknown) => Promise<void>;
  // Nothing may be written, even by an allowed role (or by those roles).
  readOnly?: boolean | ((role: Role) => boolean);
  // The allowed cells can run one after another in one world (each acts on its own rows).
  sameWorld?: boolean;
  // The input names the world's market (or producer P and its catalog) beside other rows of it: the admin of
  // the other market (the other producer) sending their own market's (producer's, catalog's) id with those rows
  // must be refused too.
  crossTenant?: "market" | "producer";
  // Refusals besides FORBIDDEN and NOT_FOUND that this target answers for someone it is not about.
  refusals?: readonly string[];
};

export function entry<F>(row: Entry<F>): Entry<unknown> {
  return row as unknown as Entry<unknown>;
}

export const titleOf = (row: Entry<unknown>) => `${row.target}${row.variant ? ` (${row.variant})` : ""}`;

type Outcome = { kind: "allowed" | "refused" | "unexpected"; detail: string; answer?: unknown };

const t = messagesFor("fr");

function refusalMessages(row: Entry<unknown>): Set<string> {
  return new Set(["FORBIDDEN", "NOT_FOUND", ...(row.refusals ?? [])].map((code) => translateError(t, code)));
}

const signInPage = (location: string) => location.startsWith("/connexion");

function classifyAnswer(answer: unknown, refusals: Set<string>): Outcome {
  if (answer instanceof Response) {
    const location = answer.headers.get("location") ?? "";
    const detail = `HTTP ${answer.status} ${location}`;
    if ([401, 403, 404].includes(answer.status) || (location && signInPage(location)))
      return { kind: "refused", detail };
    if (answer.status < 300 || answer.status === 303) return { kind: "allowed", detail, answer };
    return { kind: "unexpected", detail };
  }
  if (answer === null || answer === undefined) return { kind: "refused", detail: String(answer) };
  if (typeof answer === "object" && ("error" in answer || "fieldErrors" in answer || "ok" in answer)) {
    const state = answer as { error?: string; fieldErrors?: Record<string, string> };
    const detail = `form state ${JSON.stringify(state)}`;
    // A refusal may come next to the field that named the row (« placeId »: not found).
    const messages = [state.error, ...Object.values(state.fieldErrors ?? {})].filter(Boolean) as string[];
    if (messages.length > 0) return { kind: messages.every((m) => refusals.has(m)) ? "refused" : "unexpected", detail };
  }
  return { kind: "allowed", detail: "an answer", answer };
}

// next/navigation's redirect() and notFound() throw errors that Next reads by their digest.
function classifyThrown(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) {
    const location = digest.split(";")[2];
    const detail = `redirect to ${location}`;
    return signInPage(location) ? { kind: "refused", detail } : { kind: "allowed", detail, answer: { location } };
  }
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "refused", detail: "notFound()" };
  return { kind: "unexpected", detail: `threw ${error instanceof Error ? error.stack : String(error)}` };
}

// Replaces ids wherever they appear in an input (strings, form fields, arrays, objects), counting the swaps.
function swapIds<T>(value: T, ids: Map<string, string>, swaps = { count: 0 }): T {
  if (typeof value === "string") {
    const swapped = ids.get(value);
    if (swapped === undefined) return value;
    swaps.count++;
    return swapped as T;
  }
  if (value instanceof FormData) {
    const copy = new FormData();
    for (const [name, field] of value.entries()) copy.append(name, swapIds(field, ids, swaps));
    return copy as T;
  }
  if (Array.isArray(value)) return value.map((v) => swapIds(v, ids, swaps)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapIds(v, ids, swaps)])) as T;
  return value;
}

export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

type Handler = (...args: unknown[]) => Promise<unknown>;

async function loadHandler(target: string): Promise<Handler> {
  const [file, name] = target.split("#");
  const handler = (await importSource(file))[name];
  if (typeof handler !== "function") throw new Error(`${target} is not an exported function`);
  return handler as Handler;
}

function inputOf(row: Entry<unknown>, cell: Cell<unknown>): unknown {
  const input = row.input;
  if ("form" in input) return input.form(cell);
  if ("args" in input) return input.args(cell);
  return { params: input.route(cell), query: input.query?.(cell) ?? {} };
}

async function perform(row: Entry<unknown>, handler: Handler, cell: Cell<unknown>, given: unknown): Promise<Outcome> {
  request.userId = cell.userId;
  request.locale = "fr";
  request.cookiesSet.clear();
  const input = row.input;
  try {
    let answer: unknown;
    if ("form" in input) answer = await handler({}, form(given as Record<string, string | File>));
    else if ("args" in input) answer = await handler(...(given as unknown[]));
    else {
      const { params, query } = given as { params: Record<string, string>; query: Record<string, string> };
      const url = `http://cabas.test/?${new URLSearchParams(query)}`;
      answer = await handler(new Request(url), { params: Promise.resolve(params) });
    }
    return classifyAnswer(answer, refusalMessages(row));
  } catch (error) {
    return classifyThrown(error);
  }
}

function expectOutcome(outcome: Outcome, kind: Outcome["kind"]) {
  expect(outcome.kind, outcome.detail).toBe(kind);
}

const CROSS_TENANT_ROLE = { market: "adminElsewhere", producer: "otherProducer" } as const;

// The cells of each row: every role that may not use it is refused and writes nothing (in one world, which
// must therefore stay as it was), then every role that may use it succeeds, each in a fresh world unless the
// row says they can share one, and what it was for happened.
export function describeMatrix(rows: readonly Entry<unknown>[]) {
  for (const row of rows) {
    describe(titleOf(row), () => {
      let handler: Handler;
      let shared: { world: World; fixture: unknown; print: Record<string, string> };

      beforeAll(async () => {
        handler = await loadHandler(row.target);
        const world = await buildWorld();
        const fixture = await row.setup?.(world);
        shared = { world, fixture, print: await fingerprint() };
      });

      const refused = ROLES.filter((role) => !row.allowed.includes(role));
      const crossTenant = row.crossTenant && CROSS_TENANT_ROLE[row.crossTenant];
      const cells = [
        ...refused.map((role) => ({ role, ownIds: false, label: role })),
        ...(crossTenant ? [{ role: crossTenant, ownIds: true, label: `${crossTenant} with its own ids` }] : []),
      ];

      it.each(cells)("$label is refused and writes nothing", async ({ role, ownIds: swapping }) => {
        const cell = { world: shared.world, fixture: shared.fixture, role, userId: userIdOf(shared.world, role) };
        const swaps = { count: 0 };
        const given = swapIds(inputOf(row, cell), swapping ? ownIds(shared.world, role) : new Map(), swaps);
        if (swapping) expect(swaps.count, "ids of the role's own in the input").toBeGreaterThan(0);
        expectOutcome(await perform(row, handler, cell, given), "refused");
        const print = await fingerprint();
        const before = shared.print;
        shared.print = print;
        expect(print, `${role} wrote to the database`).toEqual(before);
      });

      if (row.allowed.length > 0)
        it.each(row.allowed)("%s is allowed, and it happens", async (role) => {
          const readOnly = typeof row.readOnly === "function" ? row.readOnly(role) : Boolean(row.readOnly);
          // A read leaves the first world as it was, rows included; the others get their rows afresh.
          const world = row.sameWorld || row.readOnly === true ? shared.world : await buildWorld();
          const fixture = row.readOnly === true ? shared.fixture : await row.setup?.(world);
          const cell = { world, fixture, role, userId: userIdOf(world, role) };
          const before = await fingerprint();
          const outcome = await perform(row, handler, cell, inputOf(row, cell));
          expectOutcome(outcome, "allowed");
          const after = await fingerprint();
          if (readOnly) expect(after, "a read wrote to the database").toEqual(before);
          else expect(after, "nothing was written").not.toEqual(before);
          expect(row.effect, "what must have happened").toBeDefined();
          await row.effect!(cell, outcome.answer);
        });
    });
  }
}
