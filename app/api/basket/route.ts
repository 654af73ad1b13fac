import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { isSameOriginJson } from "@/lib/actions/route-actor";
import { refusalState } from "@/lib/actions/run-action";
import { currentSession } from "@/lib/auth/current-user";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { formatDecimal } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";
import { storableText } from "@/lib/validation/text";

const text = (max: number) => z.string().max(max).transform(storableText);
const change = z.object({
  distributionId: text(128),
  productId: text(128),
  // Read by the domain with the product's rules (parse-quantity.ts).
  quantity: text(64),
  mode: z.enum(["add", "set"]),
});

// POST /api/basket — a basket change from a shop page (components/personal/basket-form.tsx): `{ distributionId,
// productId, quantity, mode }` in, mode « add » adding to the product's line and « set » setting it (« 0 »
// removes it); the form's state out (lib/actions/form-state.ts), with the shopper's basket as it is now and the
// product's stock left, which the page draws at once (components/personal/personal.tsx): one request for the round
// trip. A route handler rather than a server action: it costs the server less (README, Performance). The shopper
// is the session's (its version checked in the statement that reads their rights); the domain checks the rest.
export async function POST(request: Request) {
  if (!isSameOriginJson(request)) return new Response("Forbidden", { status: 403 });
  const parsed = change.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Bad Request", { status: 400 });
  const { distributionId, productId, quantity, mode } = parsed.data;
  const values = { distributionId, productId, quantity };
  const { locale, t } = await getMessages();
  const answer = (state: FormState, status = 200) =>
    Response.json(state, { status, headers: { "Cache-Control": "private, no-store" } });
  const session = await currentSession();
  if (!session) return answer({ error: t.common.errors.FORBIDDEN, values }, 401);
  try {
    const actor = await loadActor(session.userId, session.sessionVersion);
    const now = new Date();
    const done = await setBasketQuantity({ actor, distributionId, productId, quantityText: quantity, mode, now });
    const personal = await getPersonalView({ viewer: actor, distributionId, stockOf: [productId], now });
    const message = done.cut
      ? t.shop.cutToStock(formatDecimal(done.quantity ?? "0", locale))
      : done.refundedToCardCents > 0
        ? t.refunds.refundedToCard(formatMoney(done.refundedToCardCents, locale))
        : mode === "add"
          ? t.shop.added
          : undefined;
    return answer({ ok: true, message, personal });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Someone no longer signed in (a stale session) or a sale they cannot see is a refusal, as for a page.
    const status = error.code === "FORBIDDEN" ? 401 : error.code === "NOT_FOUND" ? 404 : 422;
    return answer(refusalState(error, t, locale, values), status);
  }
}

export const dynamic = "force-dynamic";
