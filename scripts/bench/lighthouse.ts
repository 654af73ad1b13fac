// Google Lighthouse (the npm package's CLI, its default mobile preset) in Debian's Chromium, on one page of a
// running server. The whole report is kept in .data/ for the audits this summary leaves out.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { CHROMIUM } from "./load";
import { BROWSER_LANGUAGE } from "./pages";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  scriptBytes: number;
  consoleErrors: string[];
  metaDescription: boolean;
  report: string;
};

type Report = {
  requestedUrl?: string;
  // The document it measured, after any redirect.
  mainDocumentUrl?: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; details?: { items?: Record<string, unknown>[] } }
  >;
  runtimeError?: { code: string; message: string };
};

export async function runLighthouse(url: string, reportName: string): Promise<LighthouseScores> {
  const report = path.resolve(".data", `bench-lighthouse-${reportName}.json`);
  const args = [
    "node_modules/lighthouse/cli/index.js",
    url,
    "--quiet",
    "--output=json",
    `--output-path=${report}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --accept-lang=${BROWSER_LANGUAGE}`,
  ];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`lighthouse ${url} exited with code ${code}`);
  const lhr = JSON.parse(readFileSync(report, "utf8")) as Report;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return { ...summariseReport(lhr), report };
}

// The page itself, or nothing: a report of a redirect's target would be another page's.
export function summariseReport(lhr: Report): Omit<LighthouseScores, "report"> {
  if (lhr.mainDocumentUrl && lhr.mainDocumentUrl !== lhr.requestedUrl)
    throw new Error(`lighthouse ${lhr.requestedUrl} was sent to ${lhr.mainDocumentUrl}`);
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id];
  const scripts = audit("resource-summary")?.details?.items?.find((item) => item.resourceType === "script");
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audit("largest-contentful-paint")?.numericValue ?? NaN,
    tbtMs: audit("total-blocking-time")?.numericValue ?? NaN,
    scriptBytes: Number(scripts?.transferSize ?? 0),
    consoleErrors: (audit("errors-in-console")?.details?.items ?? []).map(consoleError),
    metaDescription: audit("meta-description")?.score === 1,
  };
}

// « Failed to load resource: … 404 (Not Found) (/favicon.ico) »: the message and the path it is about.
function consoleError(item: Record<string, unknown>): string {
  const location = item.sourceLocation as { url?: string } | undefined;
  const url = location?.url ?? (typeof item.url === "string" ? item.url : undefined);
  const where = url ? ` (${URL.canParse(url) ? new URL(url).pathname : url})` : "";
  return `${String(item.description ?? item.source ?? "?").slice(0, 160)}${where}`;
}
