import { createServer, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll } from "vitest";

export type FakeStripeRequest = { method: string; path: string; body: URLSearchParams; idempotencyKey: string | null };

// How the next call to a path goes wrong: Stripe refuses it (400, nothing made), is down (500, nothing made),
// or makes it and the answer is lost on the way back (`lost`: made, then a 500).
export type FakeStripeFailure = { path: string; status: 400 | 500; lost?: boolean };

// A local stand-in for api.stripe.com, for the real `stripe` library pointed at it with STRIPE_API_BASE.
// It answers the few endpoints Cabas calls, and replays the first answer for a repeated idempotency key as
// Stripe does. Refunds it made can be listed by payment intent.
export async function startFakeStripe() {
  const requests: FakeStripeRequest[] = [];
  const failures: FakeStripeFailure[] = [];
  const byKey = new Map<string, unknown>();
  const refunds: { payment_intent: string | null; [key: string]: unknown }[] = [];
  let sequence = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const [path, query] = (req.url ?? "").split("?");
      const body = new URLSearchParams(raw);
      const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
      requests.push({ method: req.method ?? "", path, body, idempotencyKey });
      const failure = failures.findIndex((f) => f.path === path && req.method === "POST");
      const failing = failure >= 0 ? failures.splice(failure, 1)[0] : null;
      if (failing && !failing.lost) return refuse(res, failing.status);
      if (req.method === "GET" && path === "/v1/refunds") {
        const paymentIntent = new URLSearchParams(query).get("payment_intent");
        const data = refunds.filter((r) => r.payment_intent === paymentIntent);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ object: "list", url: "/v1/refunds", has_more: false, data }));
        return;
      }
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
          const refund = {
            id: `re_fake_${sequence}`,
            object: "refund",
            amount: Number(body.get("amount")),
            status: "succeeded",
            payment_intent: body.get("payment_intent"),
            metadata: { refundId: body.get("metadata[refundId]"), orderId: body.get("metadata[orderId]") },
          };
          refunds.push(refund);
          answer = refund;
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
      if (failing) return refuse(res, failing.status);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (failure: FakeStripeFailure) => failures.push(failure),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function refuse(res: ServerResponse, status: 400 | 500) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      error:
        status === 400
          ? { type: "invalid_request_error", code: "charge_already_refunded", message: "refused by the fake" }
          : { type: "api_error", message: "the fake is down" },
    }),
  );
}

// For a test file: the fake server for the whole file, with the real library pointed at it.
export function withFakeStripe() {
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  const handle = {
    requests: [] as FakeStripeRequest[],
    failNext: (failure: FakeStripeFailure) => void fake.failNext(failure),
  };
  beforeAll(async () => {
    fake = await startFakeStripe();
    handle.requests = fake.requests;
    process.env.STRIPE_SECRET_KEY = "sk_test_offline";
    process.env.STRIPE_API_BASE = fake.url;
  });
  afterAll(() => fake.stop());
  return handle;
}
