import { DRAFT_HOLD_MINUTES } from "@/lib/domain/order/draft-hold";
import type { ShopMessages } from "@/lib/i18n/shop-messages";
import { Badge } from "../ui/badge";

// A draft is not an order: said plainly wherever the shopper sees it, with a word when some of its products
// are no longer set aside for them (their stock is checked again at confirmation).
export function DraftNotice({ released, t }: { released: boolean; t: ShopMessages }) {
  return (
    <div data-testid="draft-notice" className="flex flex-col gap-1 rounded-md bg-amber-100 p-3 text-sm text-amber-900">
      <p className="font-semibold">{t.shop.draftNotice}</p>
      {released && <p>{t.shop.holdExpired(DRAFT_HOLD_MINUTES)}</p>}
    </div>
  );
}

// The badge of a line whose hold has lapsed.
export function NotHeldBadge({ t }: { t: ShopMessages }) {
  return (
    <Badge variant="warning" className="ml-2">
      {t.shop.notHeld}
    </Badge>
  );
}
