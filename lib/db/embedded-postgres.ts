import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "./embedded-url";

export type EmbeddedPostgres = { url: string; db: PGlite; stop: () => Promise<void> };

// PGlite loses rows silently when two processes open one directory, so exactly one process owns it and
// serves it over the PostgreSQL protocol; the app, the CLI and psql all connect to that server, on 127.0.0.1
// only, with the password (a random one unless given).
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  loadDataDir?: Blob | File;
  port?: number;
  password?: string;
}): Promise<EmbeddedPostgres> {
  const password = options.password ?? randomBytes(24).toString("base64url");
  // pg_trgm: the shop's name search index (prisma/migrations/0014_product_name_search).
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  const server = new PGLiteSocketServer({ db, port: options.port ?? 0, host: "127.0.0.1", maxConnections: 20 });
  keepExtendedQueriesTogether(server);
  requirePassword(server, password);
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: embeddedDatabaseUrl(port, password),
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

// PostgreSQL protocol codes (https://www.postgresql.org/docs/current/protocol-message-formats.html).
const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const LONGEST_MESSAGE = 10_000;
const AUTHENTICATION_TIMEOUT_MS = 10_000;

// PGlite trusts whoever connects: its pg_hba rules are all `trust`, so any user name with any password gets
// in as the superuser. This asks each connection for the password (cleartext, on the loopback interface only)
// before pglite-socket sees it, then hands the connection over with its startup message, which PGlite answers
// as usual (AuthenticationOk, parameters, ReadyForQuery).
function requirePassword(server: PGLiteSocketServer, password: string) {
  const internals = server as unknown as { handleConnection: (socket: Socket) => Promise<void> };
  const handOver = internals.handleConnection.bind(server);
  internals.handleConnection = async (socket: Socket) => {
    // An unhandled socket error (a client resetting a refused connection, say) would end the process.
    socket.on("error", () => {});
    const startup = await authenticate(socket, password);
    if (!startup) return;
    // Paused, the startup message put back: pglite-socket reads it first once it listens.
    socket.unshift(startup);
    await handOver(socket);
    socket.resume();
  };
}

function authenticate(socket: Socket, password: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    let startup: Buffer | null = null;
    let user = "";
    const finish = (result: Buffer | null) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(result);
    };
    const refuse = (code: string, message: string) => {
      if (!socket.destroyed) socket.end(errorResponse(code, message));
      finish(null);
    };
    const onClose = () => finish(null);
    const timer = setTimeout(() => refuse("08006", "authentication timed out"), AUTHENTICATION_TIMEOUT_MS).unref();
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!startup) {
          // Startup packets: Int32 length, Int32 code, then (for a StartupMessage) name/value pairs.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (length < 8 || length > LONGEST_MESSAGE) return refuse("08P01", "invalid startup packet");
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const packet = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write("N"); // not offered: the client goes on in plain text, or gives up if it requires TLS
            continue;
          }
          if (code !== PROTOCOL_3) {
            // A CancelRequest (not supported by pglite-socket either) or an unknown protocol.
            socket.destroy();
            return finish(null);
          }
          startup = Buffer.from(packet);
          user = startupParameter(packet, "user") ?? "";
          socket.write(AUTHENTICATION_CLEARTEXT_PASSWORD);
          continue;
        }
        // PasswordMessage: 'p', Int32 length, the password and a terminating zero.
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer[0] !== 0x70 || length < 5 || length > LONGEST_MESSAGE)
          return refuse("08P01", "expected a password message");
        if (buffer.length < 1 + length) return;
        const given = buffer.subarray(5, length).toString("utf8");
        if (!samePassword(given, password)) return refuse("28P01", `password authentication failed for user "${user}"`);
        socket.pause();
        return finish(Buffer.concat([startup, buffer.subarray(1 + length)]));
      }
    };
    socket.on("data", onData);
    socket.on("close", onClose);
  });
}

const AUTHENTICATION_CLEARTEXT_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

function samePassword(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function startupParameter(packet: Buffer, name: string): string | undefined {
  const fields = packet.subarray(8).toString("utf8").split("\0");
  const index = fields.findIndex((field, i) => i % 2 === 0 && field === name);
  return index === -1 ? undefined : fields[index + 1];
}

// ErrorResponse: 'E', Int32 length, then fields (type byte, zero-terminated text) and a final zero.
function errorResponse(code: string, message: string): Buffer {
  const body = Buffer.concat([
    ...[
      ["S", "FATAL"],
      ["V", "FATAL"],
      ["C", code],
      ["M", message],
    ].map(([type, text]) => Buffer.from(`${type}${text}\0`, "utf8")),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write("E", 0, "ascii");
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}
