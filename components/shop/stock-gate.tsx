"use client";

import type { ReactNode } from "react";
import { formatDecimal } from "@/lib/i18n/format-decimal";
import type { Locale } from "@/lib/i18n/locales";
import { usePersonal, useSoldOut } from "../personal/personal";

// A product whose stock is managed: its order form (children), or `soldOut` once none is left. The shop's cached
// page is not rendered again when an order moves stock (lib/public-cache.ts): it shows the stock as it was when
// rendered until the page's live answer says what is left now (components/personal/personal.tsx).
export function StockGate({
  productId,
  soldOutWhenRendered,
  soldOut,
  children,
}: {
  productId: string;
  soldOutWhenRendered: boolean;
  soldOut: ReactNode;
  children: ReactNode;
}) {
  return (useSoldOut(productId) ?? soldOutWhenRendered) ? soldOut : children;
}

// « Plus que 3 kg en stock »: the stock left of a product once it is low (at most `low`), live like StockGate's.
// `around` is the sentence split where the amount goes (a function cannot cross to the browser).
export function LowStock({
  productId,
  stockWhenRendered,
  low,
  unit,
  around: [before, after],
  locale,
}: {
  productId: string;
  stockWhenRendered: string;
  low: number;
  unit: string;
  around: [string, string];
  locale: Locale;
}) {
  const left = Number(usePersonal()?.stockLeft[productId] ?? stockWhenRendered);
  if (!(left > 0 && left <= low)) return null;
  return (
    <p className="text-xs font-semibold text-earth-800" data-low-stock>
      {before}
      {formatDecimal(left, locale)}
      {unit && ` ${unit}`}
      {after}
    </p>
  );
}
