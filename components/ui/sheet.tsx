"use client";

import { cva, type VariantProps } from "class-variance-authority";
import { Dialog as SheetPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { DialogCornerClose, overlayClassName } from "./dialog";

// A panel that slides in from a side, or up from the bottom on phones: a modal Radix dialog underneath
// (focus trapped, Escape closes, the page behind hidden from screen readers).
// Root renders no element of its own (nothing to mark with data-slot).
export const Sheet = SheetPrimitive.Root;

export function SheetTrigger(props: ComponentProps<typeof SheetPrimitive.Trigger>) {
  return <SheetPrimitive.Trigger data-slot="sheet-trigger" {...props} />;
}

export function SheetClose(props: ComponentProps<typeof SheetPrimitive.Close>) {
  return <SheetPrimitive.Close data-slot="sheet-close" {...props} />;
}

const sheetVariants = cva(
  "fixed z-50 flex flex-col gap-4 overflow-y-auto bg-white p-5 text-ink shadow-lg motion-reduce:animate-none",
  {
    variants: {
      side: {
        right: "inset-y-0 right-0 w-[min(24rem,calc(100%-3rem))] data-[state=open]:animate-sheet-in-right",
        left: "inset-y-0 left-0 w-[min(24rem,calc(100%-3rem))] data-[state=open]:animate-sheet-in-left",
        bottom: "inset-x-0 bottom-0 max-h-[85dvh] rounded-t-xl data-[state=open]:animate-sheet-in-bottom",
      },
    },
    defaultVariants: { side: "right" },
  },
);

export function SheetContent({
  className,
  children,
  side,
  closeLabel,
  ...props
}: ComponentProps<typeof SheetPrimitive.Content> & VariantProps<typeof sheetVariants> & { closeLabel?: string }) {
  return (
    <SheetPrimitive.Portal>
      <SheetPrimitive.Overlay data-slot="sheet-overlay" className={overlayClassName} />
      <SheetPrimitive.Content
        data-slot="sheet-content"
        data-side={side ?? "right"}
        className={cn(sheetVariants({ side }), className)}
        {...props}
      >
        {children}
        {closeLabel && <DialogCornerClose label={closeLabel} />}
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

export function SheetHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="sheet-header" className={cn("flex flex-col gap-1.5 pr-8", className)} {...props} />;
}

export function SheetFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="sheet-footer" className={cn("mt-auto flex flex-col gap-2", className)} {...props} />;
}

export function SheetTitle({ className, ...props }: ComponentProps<typeof SheetPrimitive.Title>) {
  return <SheetPrimitive.Title data-slot="sheet-title" className={cn("text-lg font-bold", className)} {...props} />;
}

export function SheetDescription({ className, ...props }: ComponentProps<typeof SheetPrimitive.Description>) {
  return (
    <SheetPrimitive.Description data-slot="sheet-description" className={cn("text-muted", className)} {...props} />
  );
}
