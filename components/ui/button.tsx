import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// Text keeps WCAG AA contrast (4.5:1) on white and on the page's earth-50: white on leaf-600 ≈ 6.4:1, on
// stone-600 ≈ 7.6:1; red-800 on white ≈ 8.4:1; leaf-700 on white ≈ 8.7:1. Borders are stone-500 (≈ 4.8:1, above
// the 3:1 a control's outline needs). Under 640 px a long label (« Annuler la participation de « … » ») wraps
// rather than pushing the page sideways. An outline link marked aria-current="page" (one of a row of filters or
// choices) is drawn filled: white on leaf-700 ≈ 8.7:1.
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-md font-semibold transition-colors sm:whitespace-nowrap disabled:pointer-events-none disabled:opacity-60 [&_svg]:pointer-events-none [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-leaf-600 text-white hover:bg-leaf-700",
        secondary: "bg-stone-600 text-white hover:bg-stone-700",
        outline:
          "border border-stone-500 bg-white text-ink hover:bg-earth-50 aria-[current=page]:border-leaf-700 aria-[current=page]:bg-leaf-700 aria-[current=page]:text-white",
        danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
        ghost: "text-ink hover:bg-leaf-50",
        link: "text-leaf-700 underline underline-offset-2 hover:text-leaf-900",
        // Reads as the text around it: a button among plain links (the header's « Déconnexion »).
        plain: "font-normal hover:underline",
      },
      size: {
        md: "px-4 py-2.5",
        sm: "px-3 py-1.5 text-sm",
        icon: "size-10",
      },
    },
    compoundVariants: [{ variant: ["link", "plain"], className: "h-auto px-0 py-0" }],
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = ComponentProps<"button"> & VariantProps<typeof buttonVariants> & { asChild?: boolean };

// A button, or with asChild the element it wraps (a Link styled as a button keeps being a link).
export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      data-slot="button"
      data-variant={variant ?? "primary"}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
