import { describe, expect, it } from "vitest";
import { readLimitedText } from "@/lib/http/read-limited-text";

const streamOf = (...parts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });

describe("readLimitedText", () => {
  it("reads a body within the limit", async () => {
    expect(await readLimitedText(new Request("http://x/", { method: "POST", body: "é".repeat(10) }), 20)).toBe(
      "é".repeat(10),
    );
  });

  it("refuses a declared length above the limit without reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "x", headers: { "content-length": "5000" } });
    expect(await readLimitedText(request, 100)).toBeNull();
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a streamed body as soon as it passes the limit", async () => {
    const body = streamOf("a".repeat(60), "b".repeat(60), "c".repeat(60));
    const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await readLimitedText(request, 100)).toBeNull();
  });
});
