"use client";

import { X } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { Button } from "./button";
import { cn } from "./cn";

// Shared with Sheet and ConfirmDialog, which sit on the same Radix dialog machinery.
export const overlayClassName =
  "fixed inset-0 z-50 bg-ink/50 data-[state=open]:animate-fade-in motion-reduce:animate-none";
export const dialogPanelClassName =
  "fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-xl bg-white p-5 text-ink shadow-lg data-[state=open]:animate-dialog-in motion-reduce:animate-none";

// Root renders no element of its own (nothing to mark with data-slot).
export const Dialog = DialogPrimitive.Root;

export function DialogTrigger(props: ComponentProps<typeof DialogPrimitive.Trigger>) {
  return <DialogPrimitive.Trigger data-slot="dialog-trigger" {...props} />;
}

export function DialogClose(props: ComponentProps<typeof DialogPrimitive.Close>) {
  return <DialogPrimitive.Close data-slot="dialog-close" {...props} />;
}

// The corner close button carries its own label (closeLabel, from the i18n messages); without one the
// dialog closes with Escape or a button of the caller's.
export function DialogContent({
  className,
  children,
  closeLabel,
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & { closeLabel?: string }) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay data-slot="dialog-overlay" className={overlayClassName} />
      <DialogPrimitive.Content data-slot="dialog-content" className={cn(dialogPanelClassName, className)} {...props}>
        {children}
        {closeLabel && <DialogCornerClose label={closeLabel} />}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

// The corner × of a dialog or a sheet.
export function DialogCornerClose({ label }: { label: string }) {
  return (
    <DialogPrimitive.Close asChild>
      <Button variant="ghost" size="icon" className="absolute top-2 right-2" aria-label={label}>
        <X aria-hidden />
      </Button>
    </DialogPrimitive.Close>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-header" className={cn("flex flex-col gap-1.5 pr-8", className)} {...props} />;
}

// Phones: buttons stacked, the main action on top; wider screens: a row, the main action last (on the right).
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="dialog-footer"
      className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}
      {...props}
    />
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title data-slot="dialog-title" className={cn("text-lg font-bold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return (
    <DialogPrimitive.Description data-slot="dialog-description" className={cn("text-muted", className)} {...props} />
  );
}
