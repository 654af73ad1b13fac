// Settings read from the environment, with the defaults a local run needs.

export function appUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

// The national address service (Géoplateforme's geocoder; the former api-adresse.data.gouv.fr answers the same).
export function geocoderUrl(): string {
  return process.env.GEOCODER_URL || "https://data.geopf.fr/geocodage";
}

// Whom people can ask for help (issue 17, item 6): shown on the help pages, and nothing is said of it when unset.
// Those pages are built once, so the value is the build's. SUPPORT_URL is a page of the operator's (a form, a forum) shown beside or instead.
export function supportContact(): { email?: string; url?: string } {
  return { email: process.env.SUPPORT_EMAIL || undefined, url: process.env.SUPPORT_URL || undefined };
}

type Environment = Readonly<Record<string, string | undefined>>;

// CABAS_LOCAL=1: a production build run on this machine only (trying it out, the e2e journeys, the benchmark).
export function isLocalRun(env: Environment = process.env): boolean {
  return env.CABAS_LOCAL === "1";
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0", "[::]"]);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith(".localhost") || hostname.startsWith("127.");
}

// What a production server is missing, one sentence per setting saying what to set; empty outside production,
// where the defaults of a local run apply. Without CABAS_LOCAL=1, a production server is taken to be public:
// e-mailed links and Stripe's return addresses are built from APP_URL, sessions are signed with AUTH_SECRET, and
// Vercel's crons (e-mails, orders to producers, payouts) are refused without CRON_SECRET.
export function productionSettingsProblems(env: Environment = process.env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const local = isLocalRun(env);
  const problems: string[] = [];
  const appUrl = env.APP_URL?.trim();
  if (!appUrl) {
    if (!local)
      problems.push(
        "APP_URL is not set: set the public address people reach Cabas at, e.g. https://cabas.example.org (it goes into e-mailed links and Stripe's return addresses).",
      );
  } else {
    const url = URL.canParse(appUrl) ? new URL(appUrl) : null;
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      problems.push(
        `APP_URL is not an http(s) address (${appUrl}): set the public address, e.g. https://cabas.example.org.`,
      );
    } else if (isLocalHost(url.hostname) && !local) {
      problems.push(
        `APP_URL points to this machine (${appUrl}): set the public address, e.g. https://cabas.example.org, or CABAS_LOCAL=1 for a server only reached from this machine.`,
      );
    } else if (!isLocalHost(url.hostname) && local) {
      problems.push(
        `CABAS_LOCAL=1 is for a server only reached from this machine, but APP_URL is public (${appUrl}): remove CABAS_LOCAL.`,
      );
    }
  }
  if (!env.AUTH_SECRET)
    problems.push("AUTH_SECRET is not set: set a random secret that signs sessions (`openssl rand -base64 32`).");
  if (!env.CRON_SECRET && !local)
    problems.push(
      "CRON_SECRET is not set: set a random secret (`openssl rand -base64 32`); the scheduled jobs at /api/cron/* answer only to it.",
    );
  return problems;
}

// The whole list of what to set, or null when a production server may start.
export function productionSettingsReport(env: Environment = process.env): string | null {
  const problems = productionSettingsProblems(env);
  if (problems.length === 0) return null;
  return [
    "Cabas cannot start in production with these settings:",
    ...problems.map((problem) => `  - ${problem}`),
    "Set them in the environment (README, Configuration).",
    ...(isLocalRun(env) ? [] : ["To try a production build on this machine only, set CABAS_LOCAL=1 instead."]),
  ].join("\n");
}

// Called as a server starts (scripts/serve.ts, instrumentation.ts), before it answers anyone.
export function stopWithoutProductionSettings(env: Environment = process.env): void {
  const report = productionSettingsReport(env);
  if (!report) return;
  console.error(report);
  process.exit(1);
}
