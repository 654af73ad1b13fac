// Runs once as a server starts: `next start` run directly, and each Vercel instance, stop here with the list of
// what to set when a production setting is missing (npm start has checked them in scripts/serve.ts already).
// Throwing instead would leave `next start` listening and answering 500 to every request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/env")).stopWithoutProductionSettings();
}
