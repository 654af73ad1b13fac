"use client";

import { type ReactNode, useRef } from "react";
import { Button } from "./button";

// A bottom sheet for phones: a bar at the foot of the screen (its summary, e.g. the basket's running total) opens
// a panel that slides up over the page. A native modal <dialog> rather than Radix's, so that the shop carries no
// Radix (issue #15's JS budget): showModal() keeps the focus inside and makes the page behind inert, Escape
// closes it, and the browser gives the focus back to the bar; what is left to us is the tap beside the panel. The
// page behind does not scroll meanwhile (app/globals.css). Only the bar is `sm:hidden`: a phone turned sideways
// while the panel is open must still show it, or the inert page could not be used.
export function BottomSheet({
  id,
  labelledBy,
  summary,
  closeLabel,
  children,
}: {
  id: string;
  labelledBy: string;
  // On the bar, and at the top of the panel while its content scrolls.
  summary: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const sheet = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button
        type="button"
        aria-haspopup="dialog"
        aria-controls={id}
        onClick={() => sheet.current?.showModal()}
        className="no-print fixed inset-x-0 bottom-0 z-40 justify-start rounded-none bg-leaf-700 px-4 py-3 text-left whitespace-normal sm:hidden"
      >
        {summary}
      </Button>
      <dialog
        ref={sheet}
        id={id}
        aria-labelledby={labelledBy}
        // The dialog itself is the target only of a tap on its backdrop, around the panel.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        className="no-print inset-x-0 top-auto bottom-0 m-0 max-h-[85dvh] w-full max-w-none overflow-y-auto overscroll-contain rounded-t-xl bg-white p-0 text-ink shadow-lg backdrop:bg-black/40 open:animate-sheet-in-bottom motion-reduce:animate-none"
      >
        <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-earth-100 bg-white py-1 pr-1 pl-4">
          <p className="font-semibold">{summary}</p>
          <form method="dialog">
            <Button variant="ghost" size="icon" aria-label={closeLabel} className="size-11 text-3xl leading-none">
              <span aria-hidden>×</span>
            </Button>
          </form>
        </div>
        <div className="p-2">{children}</div>
      </dialog>
    </>
  );
}
