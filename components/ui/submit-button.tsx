"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

export type ButtonVariant = NonNullable<ButtonProps["variant"]>;

// Disabled with a "working" label while its form's action runs: a slow phone network shows progress.
// Secondary and danger actions sit beside content (a row, a card): they are small unless a size is given.
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = variant === "primary" ? "md" : "sm",
  disabled,
  ...props
}: Omit<ButtonProps, "asChild"> & { pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending || disabled} aria-busy={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
