import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

// Joins class names and lets a caller's class win over a component's default of the same kind
// (cn("px-4", "px-2") → "px-2"), so every primitive can take a className.
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
