import { Skeleton } from "@/components/ui/skeleton";

// A report's page while its figures are computed (app router's loading.tsx): the shape of the filters, the totals
// and the chart in grey, and a status a screen reader announces, as a long period may take a few seconds.
export function ReportLoading({ title, label }: { title: string; label: string }) {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p role="status" className="text-sm text-muted">
        {label}
      </p>
      <Skeleton className="h-20 w-full rounded-xl" />
      <div className="grid gap-3 sm:grid-cols-3">
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
      </div>
      <Skeleton className="h-64 w-full rounded-xl" />
      <Skeleton className="h-40 w-full rounded-xl" />
    </div>
  );
}
