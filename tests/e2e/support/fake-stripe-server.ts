// A stand-in for Stripe during the journeys: the real `stripe` library in the app talks to it
// (STRIPE_API_BASE), its hosted checkout page is a one-button form, and paying sends the app a webhook signed
// with the library's own test helper — the same path a real payment takes.
import { createServer } from "node:http";
import Stripe from "stripe";

const PORT = Number(process.env.FAKE_STRIPE_PORT ?? 12111);
const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3100";
const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_e2e";
const stripe = new Stripe("sk_test_fake", { telemetry: false });
const sessions = new Map<string, { amount: number; successUrl: string; paymentIntent: string }>();
let sequence = 0;

async function sendWebhook(type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({
    id: `evt_fake_${++sequence}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  const response = await fetch(`${APP_URL}/api/stripe/webhook`, {
    method: "POST",
    body: payload,
    headers: { "stripe-signature": signature, "content-type": "application/json" },
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

createServer((req, res) => {
  let raw = "";
  req.on("data", (chunk) => (raw += chunk));
  req.on("end", async () => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${PORT}`);
    const body = new URLSearchParams(raw);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(data));
    };
    try {
      if (url.pathname === "/health") return json(200, { ok: true });
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const id = `cs_fake_${++sequence}`;
        sessions.set(id, {
          amount: Number(body.get("line_items[0][price_data][unit_amount]")),
          successUrl: body.get("success_url") ?? APP_URL,
          paymentIntent: `pi_fake_${sequence}`,
        });
        return json(200, {
          id,
          object: "checkout.session",
          url: `http://127.0.0.1:${PORT}/pay/${id}`,
          payment_status: "unpaid",
        });
      }
      if (req.method === "POST" && url.pathname === "/v1/refunds") {
        return json(200, {
          id: `re_fake_${++sequence}`,
          object: "refund",
          amount: Number(body.get("amount")),
          status: "succeeded",
          payment_intent: body.get("payment_intent"),
        });
      }
      if (req.method === "POST" && url.pathname === "/v1/transfers") {
        return json(200, {
          id: `tr_fake_${++sequence}`,
          object: "transfer",
          amount: Number(body.get("amount")),
          destination: body.get("destination"),
        });
      }
      const pay = /^\/pay\/(cs_fake_\d+)$/.exec(url.pathname);
      const session = pay ? sessions.get(pay[1]) : undefined;
      if (pay && session && req.method === "GET") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(
          `<!doctype html><html lang="fr"><title>Paiement</title><main><h1>Paiement test</h1><p>Montant : ${(session.amount / 100).toFixed(2)} €</p><form method="post"><button>Payer</button></form></main></html>`,
        );
      }
      if (pay && session && req.method === "POST") {
        await sendWebhook("checkout.session.completed", {
          id: pay[1],
          object: "checkout.session",
          payment_status: "paid",
          payment_intent: session.paymentIntent,
        });
        res.writeHead(303, { location: session.successUrl });
        return res.end();
      }
      json(404, { error: { type: "invalid_request_error", message: `fake Stripe does not know ${url.pathname}` } });
    } catch (error) {
      json(500, { error: { message: String(error) } });
    }
  });
}).listen(PORT, "127.0.0.1", () => console.log(`fake Stripe on ${PORT}`));
