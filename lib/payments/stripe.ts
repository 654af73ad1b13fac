import Stripe from "stripe";

const holder = globalThis as unknown as { cabasStripe?: Stripe };

export function stripeConfigured(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY);
}

// STRIPE_API_BASE points the real library at a local fake server in tests (e.g. http://127.0.0.1:12111).
export function stripe(): Stripe {
  if (!holder.cabasStripe) {
    const key = process.env.STRIPE_SECRET_KEY;
    if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
    const base = process.env.STRIPE_API_BASE ? new URL(process.env.STRIPE_API_BASE) : null;
    holder.cabasStripe = new Stripe(key, {
      maxNetworkRetries: base ? 0 : 2,
      telemetry: false,
      ...(base
        ? { host: base.hostname, port: Number(base.port), protocol: base.protocol.replace(":", "") as "http" | "https" }
        : {}),
    });
  }
  return holder.cabasStripe;
}

export function webhookSecret(): string {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set");
  return secret;
}
