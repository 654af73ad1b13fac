"use client";

import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { ACTION_DONE_EVENT } from "../ui/action-form";

// The live parts of a public page (README, Architecture). The page is the same for everybody — what a visitor
// sees — so that Next serves it from its cache; once it is in the browser, `load` (a server action,
// lib/actions/personal.tsx) renders on the server what belongs to whoever is signed in, and the slots show it,
// and reads the stock left of the shop's products, which the cached page does not follow (lib/public-cache.ts).
// It loads again whenever a form of the page has been sent (a product added, a line changed, a market joined).
// null until the answer has come.
export type SlotName = "account" | "member" | "basket" | "signInPrompt" | "myMarkets";
export type Personal = {
  slots: Partial<Record<SlotName, ReactNode>>;
  canOrder: boolean;
  // By product id, for the page's products whose stock is managed: what is left, a decimal.
  stockLeft: Record<string, string>;
} | null;

const PersonalContext = createContext<Personal>(null);

export function PersonalScope({ load, children }: { load: () => Promise<Personal>; children: ReactNode }) {
  const [personal, setPersonal] = useState<Personal>(null);
  useEffect(() => {
    let current = true;
    // A failed load (network lost at the market) keeps what is shown; the next form sent tries again.
    const refresh = () => {
      load().then(
        (next) => current && setPersonal(next),
        () => undefined,
      );
    };
    refresh();
    window.addEventListener(ACTION_DONE_EVENT, refresh);
    return () => {
      current = false;
      window.removeEventListener(ACTION_DONE_EVENT, refresh);
    };
  }, [load]);
  return <PersonalContext value={personal}>{children}</PersonalContext>;
}

// What the server rendered for this slot once it has answered, else the visitor's version the page came with.
// A slot the answer names with nothing in it shows nothing.
export function PersonalSlot({ name, children }: { name: SlotName; children?: ReactNode }) {
  const personal = useContext(PersonalContext);
  return personal && name in personal.slots ? personal.slots[name] : (children ?? null);
}

// Shown to a signed-in shopper who may order (their contact details complete), once the server has said so.
export function OrderOnly({ children }: { children: ReactNode }) {
  return useContext(PersonalContext)?.canOrder ? children : null;
}

// Whether a product of the page is sold out now, once the answer has come; undefined until then.
export function useSoldOut(productId: string): boolean | undefined {
  const personal = useContext(PersonalContext);
  if (!personal) return undefined;
  const left = personal.stockLeft[productId];
  return left !== undefined && Number(left) <= 0;
}
