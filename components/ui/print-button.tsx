"use client";

import { Button } from "./button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="outline" onClick={() => window.print()} className="no-print">
      {label}
    </Button>
  );
}
