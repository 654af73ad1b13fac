"use client";

import type { ReactNode } from "react";
import { useSoldOut } from "../personal/personal";

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
