"use client";

import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";
import type { PersonalView } from "@/lib/domain/personal/get-personal-view";
import { ACTION_DONE_EVENT } from "../ui/action-form";

// The live parts of a public page (README, Performance). The page is the same for everybody — what a visitor
// sees — so that Next serves it from its cache; once it is in the browser, the scope asks app/api/personal for
// the personal view (whoever is signed in: header links, membership, basket; and the stock left of the shop's
// products, which the cached page does not follow), and the live parts draw it. It asks again after a form of the
// page has been sent, unless the form's answer carries the view itself (a basket change). A visitor, as far as
// the page can tell (no sign-in hint cookie), on a page without managed stock asks nothing.
// null until the answer has come, or when nothing was asked.
const PersonalContext = createContext<PersonalView | null>(null);

// What a page asks for (the query of app/api/personal): its market (the market page), the person's markets (the
// home page), or its distribution and products whose stock is managed (a shop page); none for the header alone.
export type PersonalQuery = { market?: string; markets?: boolean; distribution?: string; stock?: string[] };

function personalAddress({ market, markets, distribution, stock = [] }: PersonalQuery): string {
  const query = new URLSearchParams();
  if (market) query.set("market", market);
  if (markets) query.set("markets", "1");
  if (distribution) query.set("distribution", distribution);
  if (stock.length > 0) query.set("stock", stock.join(","));
  const search = query.toString();
  return `/api/personal${search ? `?${search}` : ""}`;
}

function mayBeSignedIn(): boolean {
  return document.cookie.split(/;\s*/).some((cookie) => cookie.startsWith(`${SIGNED_IN_HINT}=`));
}

// A form's answer that carries the view (a basket change: app/api/basket) replaces it, keeping the stock
// left of the products it does not name.
function withAnswer(view: PersonalView | null, answer: PersonalView): PersonalView {
  return { ...answer, stockLeft: { ...view?.stockLeft, ...answer.stockLeft } };
}

export function PersonalScope({ query, children }: { query: PersonalQuery; children: ReactNode }) {
  const [personal, setPersonal] = useState<PersonalView | null>(null);
  const address = personalAddress(query);
  const hasStock = (query.stock?.length ?? 0) > 0;
  useEffect(() => {
    let current = true;
    // A failed load (network lost at the market) keeps what is shown; the next form sent tries again.
    const load = () => {
      fetch(address)
        .then((response) => (response.ok ? (response.json() as Promise<PersonalView>) : null))
        .then(
          (view) => current && view && setPersonal(view),
          () => undefined,
        );
    };
    if (hasStock || mayBeSignedIn()) load();
    const onActionDone = (event: Event) => {
      const answer = (event as CustomEvent<FormState | undefined>).detail?.personal;
      if (answer) setPersonal((view) => withAnswer(view, answer));
      else load();
    };
    window.addEventListener(ACTION_DONE_EVENT, onActionDone);
    return () => {
      current = false;
      window.removeEventListener(ACTION_DONE_EVENT, onActionDone);
    };
  }, [address, hasStock]);
  return <PersonalContext value={personal}>{children}</PersonalContext>;
}

// The personal view once it has come; null for a visitor's page, or until then.
export function usePersonal(): PersonalView | null {
  return useContext(PersonalContext);
}

// Shown to a signed-in shopper who may order (the sale open, their contact details complete), once the server
// has said so.
export function OrderOnly({ children }: { children: ReactNode }) {
  return usePersonal()?.shop?.canOrder ? children : null;
}

// Shown until the view says someone is signed in (the shop's invitation to sign in).
export function VisitorOnly({ children }: { children: ReactNode }) {
  return usePersonal()?.account ? null : children;
}

// Whether a product of the page is sold out now, once the answer has come; undefined until then.
export function useSoldOut(productId: string): boolean | undefined {
  const personal = usePersonal();
  if (!personal) return undefined;
  const left = personal.stockLeft[productId];
  return left !== undefined && Number(left) <= 0;
}
