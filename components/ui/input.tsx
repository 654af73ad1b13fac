import type { ComponentProps } from "react";
import { cn } from "./cn";

// The look every text control shares (Input, Select, Textarea). 16 px text: phones zoom into smaller fields.
export const controlClassName =
  "w-full min-w-0 rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-ink placeholder:text-muted disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        controlClassName,
        "file:mr-3 file:rounded file:border-0 file:bg-leaf-50 file:px-2 file:py-1 file:font-semibold file:text-leaf-900",
        className,
      )}
      {...props}
    />
  );
}
