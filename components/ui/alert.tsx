import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// A message about what just happened. Success is announced politely (status); an error interrupts (alert).
const alertVariants = cva("rounded-md p-3 text-sm", {
  variants: {
    tone: {
      success: "bg-leaf-50 text-leaf-900",
      error: "bg-red-50 text-red-800",
    },
  },
  defaultVariants: { tone: "success" },
});

export function Alert({ className, tone, ...props }: ComponentProps<"p"> & VariantProps<typeof alertVariants>) {
  return (
    <p
      data-slot="alert"
      role={tone === "error" ? "alert" : "status"}
      className={cn(alertVariants({ tone }), className)}
      {...props}
    />
  );
}
