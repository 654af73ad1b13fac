import net from "node:net";

// A TCP relay in front of the e2e server, which a spec's browser reaches the app through, so that the spec decides
// when the network is there. `context.setOffline(true)` alone does not stop a service worker's own requests; here
// nothing gets through while cut, whoever asks. Modes:
//   open          — bytes go both ways;
//   cut           — every connection is closed and new ones refused: the server receives nothing;
//   drop-answers  — requests reach the server, which does the work, but its answers never reach the browser
//                   (a connection lost at the worst moment: the phone must send the same operations again).
// `requestsForwarded` counts the HTTP requests that reached the server (their request lines), per mode.
export type NetworkMode = "open" | "cut" | "drop-answers";

export async function startNetworkSwitch(serverPort: number) {
  let mode: NetworkMode = "open";
  const requestsForwarded: Record<NetworkMode, number> = { open: 0, cut: 0, "drop-answers": 0 };
  let refusedConnections = 0;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((browser) => {
    if (mode === "cut") {
      refusedConnections++;
      browser.destroy();
      return;
    }
    const server = net.connect(serverPort, "127.0.0.1");
    const dropAnswers = mode === "drop-answers";
    for (const socket of [browser, server]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    browser.on("data", (chunk: Buffer) => {
      requestsForwarded[mode] += requestLines(chunk);
      server.write(chunk);
    });
    server.on("data", (chunk: Buffer) => {
      if (dropAnswers) browser.destroy();
      else browser.write(chunk);
    });
    browser.on("close", () => server.destroy());
    server.on("close", () => browser.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const { port } = relay.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requestsForwarded,
    refusedConnections: () => refusedConnections,
    // Connections open under the previous mode are closed: every request after this goes by the new one.
    setMode(next: NetworkMode) {
      mode = next;
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}

const REQUEST_LINE = /(?:^|\r\n)(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \S+ HTTP\/1\.[01]\r\n/g;

function requestLines(chunk: Buffer): number {
  return chunk.toString("latin1").match(REQUEST_LINE)?.length ?? 0;
}
