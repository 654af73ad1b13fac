// PGlite runs one statement at a time, whichever connection sends it, and an open transaction holds it for its
// connection alone: more connections from one app would only queue inside the server (at 200 concurrent requests
// on `npm start`, two or ten served no more than one). So the app keeps one (`connection_limit=1`, read by
// lib/db/client.ts) and its requests wait their turn in its pool's queue. A query through db() inside a
// db().$transaction callback would then wait for the connection its own transaction holds: such code uses `tx`.
// Other clients (npm run cron, psql, the e2e journeys) connect beside it, each with a connection of its own.
export function embeddedDatabaseUrl(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable&connection_limit=1`;
}
