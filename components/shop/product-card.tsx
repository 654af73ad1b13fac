import { addToBasketAction } from "@/lib/actions/shop";
import { priceLabel } from "@/lib/domain/product/unit-price";
import type { ShopCatalog } from "@/lib/domain/shop/get-shop";
import { formatDecimal } from "@/lib/i18n/format";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { OrderOnly } from "../personal/personal";
import { ActionForm, FormField } from "../ui/action-form";
import { StockGate } from "./stock-gate";

type Product = ShopCatalog["products"][number];

export function ProductCard({
  product: p,
  distributionId,
  open,
  locale,
  t,
}: {
  product: Product;
  distributionId: string;
  open: boolean;
  locale: Locale;
  t: Messages;
}) {
  const label = priceLabel(p, locale, t.shop.piece);
  const decimal = p.bulk || p.variableWeight;
  const unitSymbol = label.quantity.replace(/^[\d\s,.]+/, "");
  // The page is the same for everybody: the form shows once the server has said this shopper may order.
  const orderForm = open ? (
    <OrderOnly>
      <ActionForm
        action={addToBasketAction}
        hidden={{ distributionId, productId: p.id }}
        submitLabel={t.shop.add}
        pendingLabel={t.common.loading}
        className="flex flex-wrap items-end gap-2"
      >
        <FormField
          name="quantity"
          label={t.shop.quantity}
          aria-label={t.shop.quantityFor(p.name)}
          defaultValue={decimal && p.step ? formatDecimal(p.step, locale) : "1"}
          inputMode={decimal ? "decimal" : "numeric"}
          className="w-24"
        />
      </ActionForm>
    </OrderOnly>
  ) : null;
  return (
    <article className="flex gap-3 rounded-xl bg-white p-3 shadow-sm" aria-labelledby={`p-${p.id}`}>
      {p.imageId ? (
        // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
        <img
          src={`/images/${p.imageId}`}
          alt=""
          width={72}
          height={72}
          loading="lazy"
          className="h-18 w-18 shrink-0 rounded-lg object-cover"
        />
      ) : null}
      <div className="flex min-w-0 grow flex-col gap-1">
        <h3 id={`p-${p.id}`} className="leading-tight font-semibold">
          {p.name}
          {p.organic && (
            <span className="ml-2 rounded bg-leaf-100 px-1.5 py-0.5 text-xs font-bold text-leaf-900">
              {t.shop.organic}
            </span>
          )}
        </h3>
        <p className="text-xs text-muted">
          {t.shop.by}{" "}
          {/* A plain link: 48 cards of client links would weigh on the shop's payload for a page seldom opened. */}
          <a href={localizedPath(locale, `/producteurs/${p.catalog.producer.slug}`)} className="underline">
            {p.catalog.producer.name}
          </a>
        </p>
        <p className="text-sm">
          {!decimal && <span>{label.quantity} — </span>}
          <span className="font-semibold">{label.price}</span>
          {label.reference && <span className="text-muted"> · {label.reference}</span>}
          {decimal && p.step && (
            <span className="text-muted"> · {t.shop.stepHint(formatDecimal(p.step, locale), unitSymbol)}</span>
          )}
        </p>
        {p.description && <p className="text-xs text-muted">{p.description}</p>}
        {p.stock === null ? (
          orderForm
        ) : (
          <StockGate
            productId={p.id}
            soldOutWhenRendered={Number(p.stock) <= 0}
            soldOut={<p className="text-sm font-semibold text-earth-800">{t.shop.outOfStock}</p>}
          >
            {orderForm}
          </StockGate>
        )}
      </div>
    </article>
  );
}
