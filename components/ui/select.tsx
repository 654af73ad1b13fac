import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClassName } from "./input";

// A native <select>: phones show their own picker, and the value posts with the form like any field.
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <div data-slot="select-wrapper" className={cn("relative", className)}>
      <select data-slot="select" className={cn(controlClassName, "appearance-none pr-9")} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted"
      />
    </div>
  );
}
