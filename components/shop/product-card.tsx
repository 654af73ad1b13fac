import { quantityUnitOf } from "@/lib/domain/product/quantity-unit";
import { priceLabel } from "@/lib/domain/product/unit-price";
import type { ShopCatalog } from "@/lib/domain/shop/get-shop";
import { formatDecimal } from "@/lib/i18n/format";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { BasketForm } from "../personal/basket-form";
import { OrderOnly } from "../personal/personal";
import { FormField } from "../ui/action-form";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { StepButton } from "./quantity-stepper";
import { LowStock, StockGate } from "./stock-gate";

type Product = ShopCatalog["products"][number];

// « Plus que … en stock » from this many steps (or pieces) left.
const LOW_STOCK = 5;
// Stands for the amount where the low-stock sentence is split on the server, for LowStock to write the live
// amount in (a message function cannot cross to the browser).
const AMOUNT = "\u0000";

// Where a product has no photo: a quiet tile of the same size, so that the cards line up and nothing shifts.
function ProductPlaceholder() {
  return (
    <div
      aria-hidden
      className="flex h-18 w-18 shrink-0 items-center justify-center rounded-lg bg-earth-100 text-earth-600"
    >
      <svg viewBox="0 0 24 24" width="32" height="32" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M4 9h16l-1.5 10.5a1 1 0 0 1-1 .5h-11a1 1 0 0 1-1-.5L4 9Z" />
        <path d="M8 9 11 4M16 9l-3-5" strokeLinecap="round" />
      </svg>
    </div>
  );
}

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
  // Steppers move the quantity by the product's step (0,1 kg of bulk almonds), or by one piece or pack.
  const step = decimal && p.step ? Number(p.step) : 1;
  const stepText = decimal && p.step ? `${formatDecimal(p.step, locale)}${unitSymbol ? ` ${unitSymbol}` : ""}` : "1";
  // The page is the same for everybody: the form shows once the server has said this shopper may order.
  const orderForm = open ? (
    <OrderOnly>
      <BasketForm
        mode="add"
        hidden={{ distributionId, productId: p.id }}
        submitLabel={t.shop.add}
        pendingLabel={t.common.loading}
        className="flex flex-wrap items-end gap-2"
      >
        <div className="flex items-end gap-1">
          <StepButton
            field="quantity"
            direction={-1}
            step={step}
            min={step}
            label={t.shop.stepDown(stepText, p.name)}
            locale={locale}
          />
          <FormField
            name="quantity"
            label={t.shop.quantity}
            aria-label={t.shop.quantityFor(p.name)}
            defaultValue={decimal && p.step ? formatDecimal(p.step, locale) : "1"}
            inputMode={decimal ? "decimal" : "numeric"}
            className="w-20"
          />
          <StepButton
            field="quantity"
            direction={1}
            step={step}
            min={step}
            label={t.shop.stepUp(stepText, p.name)}
            locale={locale}
          />
        </div>
      </BasketForm>
    </OrderOnly>
  ) : null;
  const stockUnit = quantityUnitOf(p);
  const [lowBefore, lowAfter] = t.shop.lowStock(AMOUNT).split(AMOUNT) as [string, string];
  return (
    <Card asChild className="flex-row gap-3 p-3">
      <article aria-labelledby={`p-${p.id}`}>
        {p.imageId ? (
          // eslint-disable-next-line @next/next/no-img-element -- resized when stored (lib/domain/image/store-image.ts)
          <img
            src={`/images/${p.imageId}`}
            alt=""
            width={72}
            height={72}
            loading="lazy"
            decoding="async"
            className="h-18 w-18 shrink-0 rounded-lg object-cover"
          />
        ) : (
          <ProductPlaceholder />
        )}
        <div className="flex min-w-0 grow flex-col gap-1">
          <h3 id={`p-${p.id}`} className="leading-tight font-semibold">
            {p.name}
            {p.organic && (
              <Badge variant="success" className="ml-2">
                {t.shop.organic}
              </Badge>
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
          {p.stock !== null && (
            <LowStock
              productId={p.id}
              stockWhenRendered={p.stock}
              low={LOW_STOCK * step}
              unit={stockUnit.pack === null ? stockUnit.symbol : ""}
              around={[lowBefore, lowAfter]}
              locale={locale}
            />
          )}
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
    </Card>
  );
}
