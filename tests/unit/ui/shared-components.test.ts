import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every page draws its tables, cards, buttons and form controls with components/ui (issue #20): a table there
// turns into cards under 640 px, a button keeps its contrast and its pending state, a field its label and error.
// This scan fails, naming file:line, on what a page or a component styles by hand instead.

// The folders scanned (components/ui is never: it is where the raw elements live). The others join as they are
// cleaned, until the list is ["app", "components"].
const CHECKED = ["app", "components"];

// Raw elements kept on purpose: file, a piece of the offending line, and why. An entry that matches nothing any
// more fails the scan, so the list only holds what is still true.
const ALLOWED: { file: string; pattern: string; reason: string }[] = [];

type Rule = "card" | "table" | "button" | "input" | "select" | "textarea";
type Finding = { line: number; rule: Rule; text: string };

// Comments may name the elements they are about (« no raw <button> »): blanked, line breaks kept so lines still
// count. A line comment starts after neither a colon nor a quote (« https:// », « "//" »), and block comments are
// only those that open a line or sit in JSX braces (« accept="image/*" » is no comment).
function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, blank)
    .replace(/(^|[^:"'`\w])(\/\/[^\n]*)/gm, (_, before: string, comment: string) => before + blank(comment));
}

// Where the expression or tag opened at `start` ends: the first `closer` outside quotes and braces.
function endOf(source: string, start: number, closer: "}" | ">"): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") {
      const close = source.indexOf(c, i + 1);
      if (close === -1) return source.length;
      i = close;
    } else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (closer === "}" && depth === 0) return i + 1;
    } else if (c === ">" && closer === ">" && depth === 0) return i + 1;
  }
  return source.length;
}

const STRING = /"[^"\n]*"|'[^'\n]*'|`[^`]*`/g;
// A class as written, with or without variants (« sm:bg-white », « hover:shadow-md »).
const hasClass = (text: string, name: RegExp) =>
  new RegExp(`(?:^|[\\s"'\`{(:])${name.source}(?=$|[\\s"'\`)}])`).test(text);
const isHandMadeCard = (text: string) =>
  hasClass(text, /bg-white(?:\/\d+)?/) &&
  (hasClass(text, /shadow(?:-(?!none)[\w[\]/.-]+)?/) || hasClass(text, /rounded-(?!none)[\w[\]/.-]+/));

function scanSource(source: string): Finding[] {
  const code = withoutComments(source);
  const lineAt = (index: number) => code.slice(0, index).split("\n").length;
  const lines = source.split("\n");
  const findings = new Map<string, Finding>();
  const add = (index: number, rule: Rule) => {
    const line = lineAt(index);
    findings.set(`${line} ${rule}`, { line, rule, text: lines[line - 1].trim() });
  };
  // One string holding the classes of a card…
  for (const m of code.matchAll(STRING)) if (isHandMadeCard(m[0])) add(m.index, "card");
  // …or a className that spreads them over several strings (cn("bg-white", "rounded-xl")).
  for (const m of code.matchAll(/className=/g)) {
    const start = m.index + m[0].length;
    const end =
      code[start] === "{" ? endOf(code, start, "}") : (code.slice(start).match(STRING)?.[0].length ?? 0) + start;
    const expression = code.slice(start, end);
    const strings = expression.match(STRING) ?? [];
    if (isHandMadeCard(expression) && !strings.some(isHandMadeCard)) add(m.index, "card");
  }
  for (const m of code.matchAll(/<(table|button|select|textarea|input)\b/g)) {
    const rule = m[1] as Rule;
    if (
      rule === "input" &&
      /\stype=(?:"hidden"|'hidden'|\{\s*["']hidden["']\s*\})/.test(code.slice(m.index, endOf(code, m.index, ">")))
    )
      continue;
    add(m.index, rule);
  }
  return [...findings.values()].sort((a, b) => a.line - b.line);
}

function checkedFiles(): string[] {
  return CHECKED.flatMap((folder) =>
    readdirSync(path.join(process.cwd(), folder), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".tsx"))
      .map((f) => path.join(folder, f)),
  ).filter((file) => !file.startsWith("components/ui/"));
}

type Allowed = (typeof ALLOWED)[number];

// What the scan finds in the given files once the allowlist is applied, and the entries that excused nothing.
function judge(files: { file: string; source: string }[], allowed: Allowed[]) {
  const used = new Set<Allowed>();
  const offending: string[] = [];
  for (const { file, source } of files) {
    for (const finding of scanSource(source)) {
      const excuse = allowed.find((a) => a.file === file && finding.text.includes(a.pattern));
      if (excuse) used.add(excuse);
      else offending.push(`${file}:${finding.line} ${finding.rule}: ${finding.text}`);
    }
  }
  return { offending, stale: allowed.filter((a) => !used.has(a)).map((a) => `${a.file}: ${a.pattern}`) };
}

describe("pages and components draw on components/ui", () => {
  it("has no hand-made card, raw table, button or visible form control outside components/ui", () => {
    const files = checkedFiles().map((file) => ({
      file,
      source: readFileSync(path.join(process.cwd(), file), "utf8"),
    }));
    const { offending, stale } = judge(files, ALLOWED);
    expect(
      offending,
      "use Card, Table, Button/SubmitButton, Input/Select/Textarea/Checkbox from components/ui",
    ).toEqual([]);
    expect(stale, "allowlisted exceptions that match nothing any more (or lie outside CHECKED)").toEqual([]);
    for (const entry of ALLOWED) expect(entry.reason.trim(), `${entry.file}: ${entry.pattern}`).not.toBe("");
  });

  it("excuses an allowlisted finding, and fails on an entry that excuses nothing", () => {
    const files = [{ file: "components/a.tsx", source: `<button onClick={go}>\n<select name="x">` }];
    const entry = { file: "components/a.tsx", pattern: "<button onClick={go}>", reason: "why" };
    const gone = { file: "components/a.tsx", pattern: "<textarea", reason: "why" };
    expect(judge(files, [entry, gone])).toEqual({
      offending: ['components/a.tsx:2 select: <select name="x">'],
      stale: ["components/a.tsx: <textarea"],
    });
  });
});

// The scanner itself: what it catches and what it lets through, so that a blind scan cannot pass the test above.
describe("the shared-components scan", () => {
  const rules = (source: string) => scanSource(source).map((f) => `${f.line} ${f.rule}`);

  it("catches a card made of bg-white with a shadow or a rounded corner, in one string or spread over a cn()", () => {
    expect(rules(`<p className="rounded-lg bg-white p-4">x</p>`)).toEqual(["1 card"]);
    expect(rules(`<li className="flex bg-white p-4 shadow-sm">`)).toEqual(["1 card"]);
    expect(rules(`<div className="sm:rounded-xl sm:bg-white">`)).toEqual(["1 card"]);
    expect(rules(`const panel = "bg-white shadow";`)).toEqual(["1 card"]);
    expect(rules(`<div\n  className={cn(\n    "bg-white p-4",\n    open && "rounded-xl",\n  )}\n>`)).toEqual([
      "2 card",
    ]);
  });

  it("lets through white without a shadow or corner, and other tints with them", () => {
    expect(rules(`<nav className="fixed bottom-0 border-t bg-white sm:bg-leaf-50">`)).toEqual([]);
    expect(rules(`<p className="rounded-md bg-leaf-50 p-3 shadow-sm">`)).toEqual([]);
    expect(rules(`<p className="bg-white-ish rounded-none shadow-none">`)).toEqual([]);
  });

  it("catches raw tables, buttons, selects, textareas and visible inputs, on the line they open", () => {
    expect(rules(`<table className="w-full">\n<tbody>`)).toEqual(["1 table"]);
    expect(rules(`<div>\n  <button type="button" onClick={() => a > b}>x</button>`)).toEqual(["2 button"]);
    expect(rules(`<select name="a">`)).toEqual(["1 select"]);
    expect(rules(`<textarea name="a" />`)).toEqual(["1 textarea"]);
    expect(rules(`<input name="q" />`)).toEqual(["1 input"]);
    expect(rules(`<input\n  name="file"\n  type="file"\n/>`)).toEqual(["1 input"]);
  });

  it("lets through hidden inputs, the components of components/ui and comments", () => {
    expect(rules(`<input type="hidden" name="id" value={id} />`)).toEqual([]);
    expect(rules(`<input\n  key={name}\n  onChange={() => x > 1}\n  type="hidden"\n/>`)).toEqual([]);
    expect(rules(`<Button>x</Button><Select name="a" /><Textarea /><Input /><TableRow />`)).toEqual([]);
    expect(rules(`// no raw <button> here\n{/* nor <table> */}\n/** a <select>\n * or <input> */`)).toEqual([]);
    expect(rules(`<a href="https://x" className="bg-white rounded-md" />`)).toEqual(["1 card"]);
    expect(rules(`<Input accept="image/*" />\n<button />\n<p>*/</p>`)).toEqual(["2 button"]);
  });
});
