"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";
import { Button } from "@/components/ui/button";

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
    <form
      method="get"
      role="search"
      aria-label={label}
      aria-busy={pending}
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 shadow-sm"
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
  );
}
