"use client";

import { lazy, Suspense, useEffect, useState } from "react";

// Mounted once per root layout (components/layout/document.tsx). Sonner, its code and its live region, loads with
// the first toast (showSuccessToast): most pages never show one, and the public pages are kept light (README,
// Performance). Sonner shows a toast made before its Toaster was mounted as soon as it is.
const Sonner = lazy(() => import("sonner").then((m) => ({ default: m.Toaster })));
const TOAST_WANTED_EVENT = "cabas:toast-wanted";

export function Toaster({ label, closeLabel }: { label: string; closeLabel: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const want = () => setWanted(true);
    window.addEventListener(TOAST_WANTED_EVENT, want);
    return () => window.removeEventListener(TOAST_WANTED_EVENT, want);
  }, []);
  return wanted ? (
    <Suspense>
      <Sonner
        position="top-center"
        containerAriaLabel={label}
        toastOptions={{
          closeButtonAriaLabel: closeLabel,
          classNames: { toast: "font-sans text-base text-ink", description: "text-muted" },
        }}
      />
    </Suspense>
  ) : null;
}

export async function showSuccessToast(message: string) {
  window.dispatchEvent(new Event(TOAST_WANTED_EVENT));
  const { toast } = await import("sonner");
  toast.success(message);
}
