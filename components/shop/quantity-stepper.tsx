"use client";

import type { Locale } from "@/lib/i18n/locales";
import { Button } from "../ui/button";

// « − » or « + » beside a product's quantity field: moves the typed quantity (« 0,5 » or « 0.5 ») by the
// product's step (0,1 kg for bulk almonds, 1 for pieces), never below `min`. The field stays the source of what is
// sent, so typing a quantity works just as well.
export function StepButton({
  field,
  direction,
  step,
  min,
  label,
  locale,
}: {
  field: string;
  direction: 1 | -1;
  step: number;
  min: number;
  label: string;
  locale: Locale;
}) {
  return (
    <Button
      type="button"
      variant="outline"
      size="icon"
      aria-label={label}
      className="text-xl"
      onClick={(event) => {
        const input = event.currentTarget.form?.elements.namedItem(field);
        if (!(input instanceof HTMLInputElement)) return;
        const typed = Number(input.value.replace(/\s/g, "").replace(",", "."));
        const from = Number.isFinite(typed) && input.value.trim() !== "" ? typed : min;
        // Thousandths, as quantities are stored: 0,1 + 0,2 stays 0,3.
        const next = Math.max(min, Math.round((from + direction * step) * 1000) / 1000);
        input.value = locale === "fr" ? String(next).replace(".", ",") : String(next);
      }}
    >
      <span aria-hidden>{direction < 0 ? "−" : "+"}</span>
    </Button>
  );
}
