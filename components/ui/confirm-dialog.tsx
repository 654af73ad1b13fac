"use client";

import { AlertDialog as AlertDialogPrimitive } from "radix-ui";
import { type ReactElement, useRef, useState } from "react";
import { Button } from "./button";
import { DialogFooter, dialogPanelClassName, overlayClassName } from "./dialog";

// Asks before a form is sent (« Retirer Inès Garcia ? »). The trigger is a type="button" inside the form;
// confirming submits that form, so the server action, its pending state and its answer stay the form's own.
// An alert dialog: focus starts on Cancel, and clicking outside does not confirm. describe words the description
// from what the form holds when the dialog opens (« 12 distributions seront créées »). tone: red for what cannot
// be undone (a removal, a refund), the ordinary colour for a step that is only weighty (sending, planning).
export function ConfirmDialog({
  trigger,
  title,
  description: fixed,
  describe,
  confirmLabel,
  cancelLabel,
  tone = "danger",
}: {
  trigger: ReactElement;
  title: string;
  description?: string;
  describe?: (form: HTMLFormElement) => string;
  confirmLabel: string;
  cancelLabel: string;
  tone?: "danger" | "primary";
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [described, setDescribed] = useState<string>();
  const description = described ?? fixed;
  const onOpenChange = (open: boolean) => {
    const form = triggerRef.current?.form;
    if (open && describe && form) setDescribed(describe(form));
  };
  return (
    <AlertDialogPrimitive.Root onOpenChange={onOpenChange}>
      <AlertDialogPrimitive.Trigger asChild ref={triggerRef}>
        {trigger}
      </AlertDialogPrimitive.Trigger>
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay data-slot="confirm-dialog-overlay" className={overlayClassName} />
        <AlertDialogPrimitive.Content
          data-slot="confirm-dialog-content"
          className={dialogPanelClassName}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="flex flex-col gap-1.5">
            <AlertDialogPrimitive.Title className="text-lg font-bold">{title}</AlertDialogPrimitive.Title>
            {description && (
              <AlertDialogPrimitive.Description className="text-muted">{description}</AlertDialogPrimitive.Description>
            )}
          </div>
          <DialogFooter>
            <AlertDialogPrimitive.Cancel asChild>
              <Button variant="outline">{cancelLabel}</Button>
            </AlertDialogPrimitive.Cancel>
            <AlertDialogPrimitive.Action asChild>
              <Button variant={tone} onClick={() => triggerRef.current?.form?.requestSubmit()}>
                {confirmLabel}
              </Button>
            </AlertDialogPrimitive.Action>
          </DialogFooter>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}
