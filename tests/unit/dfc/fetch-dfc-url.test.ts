import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { fetchDfcUrl, type Lookup } from "@/lib/domain/dfc/fetch-dfc-url";
import { MAX_DFC_BYTES } from "@/lib/domain/dfc/read-dfc-catalog";

// The checks before and while a producer's URL is read; no test reaches the network: the name lookup and the
// HTTP client are stood in for.
const PUBLIC: Lookup = async () => [{ address: "203.0.113.7" }];
const resolvesTo =
  (...addresses: string[]): Lookup =>
  async () =>
    addresses.map((address) => ({ address }));
const nothingFetched: typeof fetch = async () => {
  throw new Error("fetched although refused");
};
const refusal = (code: string) => new DomainError(code, "url");

describe("reading a DFC catalog from a URL", () => {
  it("reads an https:// address that resolves to public addresses", async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (url) => {
      asked.push(String(url));
      return new Response('{"@graph": []}', { headers: { "Content-Type": "application/ld+json" } });
    };
    expect(await fetchDfcUrl("https://peer.example/catalog.json", { lookup: PUBLIC, fetcher })).toBe('{"@graph": []}');
    expect(asked).toEqual(["https://peer.example/catalog.json"]);
  });

  it.each(["http://peer.example/catalog.json", "ftp://peer.example/c", "file:///etc/passwd", "pas une adresse"])(
    "refuses %s: https:// only",
    async (url) => {
      await expect(fetchDfcUrl(url, { lookup: PUBLIC, fetcher: nothingFetched })).rejects.toEqual(
        refusal("DFC_URL_INVALID"),
      );
    },
  );

  it.each([
    ["loopback", "127.0.0.1"],
    ["private (10/8)", "10.1.2.3"],
    ["private (172.16/12)", "172.20.0.5"],
    ["private (192.168/16)", "192.168.1.10"],
    ["link-local (cloud metadata)", "169.254.169.254"],
    ["IPv6 loopback", "::1"],
    ["IPv6 unique local", "fd00::1"],
    ["IPv6 link-local", "fe80::1"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
  ])("refuses a host resolving to a %s address", async (_range, address) => {
    await expect(
      fetchDfcUrl("https://peer.example/catalog.json", {
        lookup: resolvesTo("203.0.113.7", address),
        fetcher: nothingFetched,
      }),
    ).rejects.toEqual(refusal("DFC_URL_FORBIDDEN"));
  });

  it("checks again the addresses it connects to, should the name's answer change after the check", async () => {
    // The check is told a public address; the connection resolves « localhost » itself, to the loopback.
    await expect(fetchDfcUrl("https://localhost:9/catalog.json", { lookup: PUBLIC })).rejects.toEqual(
      refusal("DFC_URL_FORBIDDEN"),
    );
  });

  it("refuses an address written as a private IP without looking it up", async () => {
    await expect(fetchDfcUrl("https://[::1]/c", { fetcher: nothingFetched })).rejects.toEqual(
      refusal("DFC_URL_FORBIDDEN"),
    );
    await expect(fetchDfcUrl("https://127.0.0.1/c", { fetcher: nothingFetched })).rejects.toEqual(
      refusal("DFC_URL_FORBIDDEN"),
    );
  });

  it("gives up on an address that does not answer in time", async () => {
    // Answers only when aborted, as a server that never replies.
    const silent: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener("abort", () => reject(init!.signal!.reason)));
    await expect(
      fetchDfcUrl("https://peer.example/catalog.json", { lookup: PUBLIC, fetcher: silent, timeoutMs: 20 }),
    ).rejects.toEqual(refusal("DFC_URL_UNREACHABLE"));
  });

  it("says when the address cannot be reached or answers an error", async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError("fetch failed (ECONNREFUSED)");
    };
    await expect(fetchDfcUrl("https://peer.example/c", { lookup: PUBLIC, fetcher: refused })).rejects.toEqual(
      refusal("DFC_URL_UNREACHABLE"),
    );
    const unknownHost: Lookup = async () => {
      throw new Error("ENOTFOUND");
    };
    await expect(fetchDfcUrl("https://nowhere.example/c", { lookup: unknownHost, fetcher: refused })).rejects.toEqual(
      refusal("DFC_URL_UNREACHABLE"),
    );
    const forbidden: typeof fetch = async () => new Response("no", { status: 401 });
    await expect(fetchDfcUrl("https://peer.example/c", { lookup: PUBLIC, fetcher: forbidden })).rejects.toEqual(
      new DomainError("DFC_URL_STATUS", "url", { status: 401 }),
    );
  });

  it("stops reading past 20 MB, whether the size is declared or not", async () => {
    const declared: typeof fetch = async () =>
      new Response("{}", { headers: { "Content-Length": String(MAX_DFC_BYTES + 1) } });
    await expect(fetchDfcUrl("https://peer.example/c", { lookup: PUBLIC, fetcher: declared })).rejects.toEqual(
      refusal("DFC_TOO_LARGE"),
    );
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const endless: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
    await expect(fetchDfcUrl("https://peer.example/c", { lookup: PUBLIC, fetcher: endless })).rejects.toEqual(
      refusal("DFC_TOO_LARGE"),
    );
    expect(sent).toBeLessThan(MAX_DFC_BYTES + 4 * chunk.byteLength);
  });
});
