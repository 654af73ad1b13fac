import type { ComponentProps } from "react";
import { cn } from "./cn";

// A grey block standing for content that is loading. It says nothing to screen readers: the region
// that waits carries aria-busy and a text of its own.
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-earth-100 motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
