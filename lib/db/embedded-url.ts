// PGlite runs one statement at a time, whichever connection sends it, and an open transaction holds it for its
// connection alone: more connections from one app would only queue inside the server. So the app keeps one
// (`connection_limit=1`, read by lib/db/client.ts) and its requests wait their turn in its pool's queue.
// Other clients (npm run cron, psql, the e2e journeys) connect beside it, each with a connection of its own.
export function embeddedDatabaseUrl(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable&connection_limit=1`;
}
