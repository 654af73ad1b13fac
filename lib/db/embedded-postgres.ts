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
  keepExtendedQueriesTogether(server);
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

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (n: number) => void;
  reject: (e: unknown) => void;
  onData: (d: Uint8Array) => void;
};
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

// Parse, Bind, Describe, Execute, Close and Flush belong to one extended-protocol exchange that ends with Sync.
const MID_EXCHANGE = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));

// pglite-socket 0.2.17 queues each protocol message on its own. Outside a transaction, two connections'
// extended-protocol exchanges can then interleave (A: Parse, B: Parse, A: Bind…): B's unnamed statement
// replaces A's and A receives B's rows. Under concurrent requests that returned wrong data. This keeps a
// connection's messages together until its Sync, as the queue already does within a transaction.
function keepExtendedQueriesTogether(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const db = server.db;
  let midExchange = false;
  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  // A connection that drops in the middle of an exchange must not hold the others forever.
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    if (queue.lastHandlerId === handlerId) midExchange = false;
    await clearTransaction(handlerId);
    await queue.processQueue();
  };
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let item: QueuedMessage | undefined;
        if ((midExchange || db.isInTransaction()) && this.lastHandlerId !== null) {
          const index = this.queue.findIndex((q) => q.handlerId === this.lastHandlerId);
          if (index === -1) break; // wait for the rest of that connection's exchange
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midExchange = false;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        midExchange = MID_EXCHANGE.has(item.message[0]);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
