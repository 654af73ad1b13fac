import type { ComponentProps } from "react";
import { cn } from "./cn";

// Native inputs, so they post their value with the form and work before any JavaScript has loaded.
const choiceClassName =
  "size-5 shrink-0 accent-leaf-600 disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:outline-2 aria-invalid:outline-red-700";

export function Checkbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input data-slot="checkbox" type="checkbox" className={cn(choiceClassName, className)} {...props} />;
}

export function Radio({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input data-slot="radio" type="radio" className={cn(choiceClassName, className)} {...props} />;
}
