"use client";

import { Toaster as Sonner } from "sonner";

// Mounted once per root layout (components/layout/document.tsx); client code calls toast() from "sonner".
// Its live region is polite; the labels come from the i18n messages.
export function Toaster({ label, closeLabel }: { label: string; closeLabel: string }) {
  return (
    <Sonner
      position="top-center"
      containerAriaLabel={label}
      toastOptions={{
        closeButtonAriaLabel: closeLabel,
        classNames: { toast: "font-sans text-base text-ink", description: "text-muted" },
      }}
    />
  );
}
