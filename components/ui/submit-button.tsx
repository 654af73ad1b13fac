"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

const VARIANTS = {
  primary: "rounded-md bg-leaf-600 px-4 py-2.5 font-semibold text-white hover:bg-leaf-700",
  secondary: "rounded-md bg-stone-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700",
  danger: "rounded-md border border-red-800 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

// Disabled with a "working" label while its form's action runs: a slow phone network shows progress.
export function SubmitButton({
  children,
  pendingLabel,
  className,
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`${VARIANTS[variant]} disabled:opacity-60 ${className ?? ""}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
