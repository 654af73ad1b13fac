"use client";

import { type ReactNode, useRef } from "react";

// The basket on phones: a bar at the foot of the screen with the running total, which opens the basket in a
// bottom sheet. A native modal <dialog> rather than components/ui/sheet.tsx, so that the shop carries no Radix
// (issue #15's JS budget): showModal() keeps the focus inside and makes the page behind inert, Escape closes it,
// and the browser gives the focus back to the bar; what is left to us is the tap beside the sheet. The page
// behind does not scroll meanwhile (app/globals.css). No `sm:hidden` on the sheet itself: a phone turned
// sideways while it is open must still show it, or the inert page could not be used.
export function BasketSheet({
  id,
  labelledBy,
  summary,
  closeLabel,
  children,
}: {
  id: string;
  labelledBy: string;
  // « Panier · 2 articles · 10,03 € »: on the bar, and at the top of the sheet while its lines scroll.
  summary: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const sheet = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-controls={id}
        onClick={() => sheet.current?.showModal()}
        className="no-print fixed inset-x-0 bottom-0 z-40 bg-leaf-700 px-4 py-3 text-left font-semibold text-white sm:hidden"
      >
        {summary}
      </button>
      <dialog
        ref={sheet}
        id={id}
        aria-labelledby={labelledBy}
        // The dialog itself is the target only of a tap on its backdrop, around the sheet.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
        className="no-print inset-x-0 top-auto bottom-0 m-0 max-h-[85dvh] w-full max-w-none overflow-y-auto overscroll-contain rounded-t-xl bg-white p-0 text-ink shadow-lg backdrop:bg-black/40 open:animate-sheet-in-bottom motion-reduce:animate-none"
      >
        <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-earth-100 bg-white py-1 pr-1 pl-4">
          <p className="font-semibold">{summary}</p>
          <form method="dialog">
            <button
              aria-label={closeLabel}
              className="flex size-11 items-center justify-center rounded-md text-3xl leading-none hover:bg-earth-100"
            >
              <span aria-hidden>×</span>
            </button>
          </form>
        </div>
        <div className="p-2">{children}</div>
      </dialog>
    </>
  );
}
