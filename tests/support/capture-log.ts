import { Writable } from "node:stream";
import { createLogger } from "@/lib/log";

// The app's logger writing into memory: each entry is one line exactly as it would reach stdout.
export function captureLog() {
  const lines: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    }),
  );
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
