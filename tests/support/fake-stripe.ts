import { createServer, type Server } from "node:http";
import { afterAll, beforeAll } from "vitest";

export type FakeStripeRequest = { method: string; path: string; body: URLSearchParams; idempotencyKey: string | null };

// A local stand-in for api.stripe.com, for the real `stripe` library pointed at it with STRIPE_API_BASE.
// It answers the few endpoints Cabas calls, and replays the first answer for a repeated idempotency key as
// Stripe does.
export async function startFakeStripe() {
  const requests: FakeStripeRequest[] = [];
  const byKey = new Map<string, unknown>();
  let sequence = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0];
      const body = new URLSearchParams(raw);
      const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
      requests.push({ method: req.method ?? "", path, body, idempotencyKey });
      let answer: unknown = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
      if (!answer) {
        sequence++;
        if (path === "/v1/transfers") {
          answer = {
            id: `tr_fake_${sequence}`,
            object: "transfer",
            amount: Number(body.get("amount")),
            currency: body.get("currency"),
            destination: body.get("destination"),
          };
        } else if (path === "/v1/refunds") {
          answer = {
            id: `re_fake_${sequence}`,
            object: "refund",
            amount: Number(body.get("amount")),
            status: "succeeded",
            payment_intent: body.get("payment_intent"),
          };
        } else if (path === "/v1/accounts") {
          answer = { id: `acct_fake_${sequence}`, object: "account", charges_enabled: false, payouts_enabled: false };
        } else if (path === "/v1/account_links") {
          answer = { object: "account_link", url: `http://fake-stripe.test/onboard/${body.get("account")}` };
        } else if (path === "/v1/checkout/sessions") {
          answer = {
            id: `cs_fake_${sequence}`,
            object: "checkout.session",
            url: `http://fake-stripe.test/pay/cs_fake_${sequence}`,
            payment_status: "unpaid",
          };
        } else {
          res.writeHead(404, { "content-type": "application/json" });
          res.end(
            JSON.stringify({ error: { type: "invalid_request_error", message: `fake Stripe does not know ${path}` } }),
          );
          return;
        }
        if (idempotencyKey) byKey.set(idempotencyKey, answer);
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// For a test file: the fake server for the whole file, with the real library pointed at it.
export function withFakeStripe() {
  const handle = { requests: [] as FakeStripeRequest[] };
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  beforeAll(async () => {
    fake = await startFakeStripe();
    handle.requests = fake.requests;
    process.env.STRIPE_SECRET_KEY = "sk_test_offline";
    process.env.STRIPE_API_BASE = fake.url;
  });
  afterAll(() => fake.stop());
  return handle;
}
