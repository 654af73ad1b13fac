"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// The report filters' GET form, which a script turns into a navigation in a transition: until the new report has
// arrived, the button says the report is being computed and the form is busy (a plain GET form shows nothing while
// the server works). Without a script, the browser sends the form itself.
export function ReportFiltersShell({
  label,
  submitLabel,
  pendingLabel,
  children,
}: {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Card asChild>
      <form
        method="get"
        role="search"
        aria-label={label}
        aria-busy={pending}
        className="flex-row flex-wrap items-end gap-3 p-3"
        onSubmit={(event) => {
          event.preventDefault();
          const fields = new URLSearchParams();
          for (const [name, value] of new FormData(event.currentTarget)) fields.append(name, String(value));
          startTransition(() => router.push(`${window.location.pathname}?${fields}`));
        }}
      >
        {children}
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <span role="status" className="sr-only">
          {pending ? pendingLabel : ""}
        </span>
      </form>
    </Card>
  );
}
