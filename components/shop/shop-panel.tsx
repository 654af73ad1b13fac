"use client";

import { type ReactNode, useEffect, useState } from "react";
import { ACTION_DONE_EVENT } from "../ui/action-form";

// The members' part of a cached shop page, rendered on the server by `load` (a server action) after the page
// arrives, and again whenever a form of the page has been sent (a product added, a line changed).
export function ShopPanel({ load, fallback }: { load: () => Promise<ReactNode>; fallback: ReactNode }) {
  const [content, setContent] = useState<ReactNode>(fallback);
  useEffect(() => {
    let current = true;
    // A failed load (network lost at the market) keeps what is shown; the next form sent tries again.
    const refresh = () => {
      load().then(
        (next) => current && setContent(next),
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
  return content;
}
