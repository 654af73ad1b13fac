import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// Text on its tint stays above 4.5:1 (leaf-900 on leaf-100 ≈ 11.6:1, red-800 on red-100 ≈ 6.9:1).
export const badgeVariants = cva(
  "inline-flex w-fit shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap [&_svg]:size-3",
  {
    variants: {
      variant: {
        neutral: "bg-earth-100 text-earth-800",
        success: "bg-leaf-100 text-leaf-900",
        warning: "bg-amber-100 text-amber-900",
        danger: "bg-red-100 text-red-800",
        outline: "border border-stone-500 text-ink",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

export function Badge({ className, variant, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={cn(badgeVariants({ variant }), className)} {...props} />;
}
