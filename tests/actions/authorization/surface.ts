import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// What the app exposes to a request, read from its source and its modules' exports: every exported server
// action (the exports of a module whose first statement is « "use server" ») and every method of every route
// handler (app/**/route.ts). A new one appears here by itself, and the matrix must then have a row for it.
const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components", "lib"];
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => path.posix.join(dir, file.split(path.sep).join("/"))),
  );
}

// Comments and blank lines may come before the directive, nothing else.
const USE_SERVER_MODULE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
const USE_SERVER = /["']use server["']/;

// A module of the app by its path from the repository's root (« lib/actions/shop.ts »).
export async function importSource(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
}

async function exportedFunctions(file: string): Promise<string[]> {
  const exports = await importSource(file);
  return Object.keys(exports).filter((name) => typeof exports[name] === "function");
}

export async function serverActions(): Promise<string[]> {
  const files = sourceFiles().filter((file) => USE_SERVER_MODULE.test(readFileSync(path.join(ROOT, file), "utf8")));
  const actions = await Promise.all(
    files.map(async (file) => (await exportedFunctions(file)).map((name) => `${file}#${name}`)),
  );
  return actions.flat().sort();
}

// Files that define a server action inside a function body (a form's inline « "use server" »).
export function inlineServerActionFiles(): string[] {
  return sourceFiles()
    .filter((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return !USE_SERVER_MODULE.test(text) && USE_SERVER.test(text);
    })
    .sort();
}

export async function routeHandlers(): Promise<string[]> {
  const files = sourceFiles().filter((file) => file.startsWith("app/") && /\/route\.tsx?$/.test(file));
  const handlers = await Promise.all(
    files.map(async (file) =>
      (await exportedFunctions(file)).filter((name) => HTTP_METHODS.has(name)).map((name) => `${file}#${name}`),
    ),
  );
  return handlers.flat().sort();
}
