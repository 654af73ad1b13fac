import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; db: PGlite; stop: () => Promise<void> };

// PGlite loses rows silently when two processes open one directory, so exactly one process owns it and
// serves it over the PostgreSQL protocol; the app, the CLI and psql all connect to that server.
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  loadDataDir?: Blob | File;
  port?: number;
}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const server = new PGLiteSocketServer({ db, port: options.port ?? 0, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
