import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";
import { TableHead } from "./table";

// A column header that sorts its table on the server: a link to the list's address sorted by this column
// (lib/list-query.ts's sortLink), and aria-sort for screen readers on the column sorted now.
export function SortableHead({
  sorted,
  href,
  children,
  className,
}: {
  sorted: "ascending" | "descending" | undefined;
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const Icon = sorted === "ascending" ? ArrowUp : sorted === "descending" ? ArrowDown : ArrowUpDown;
  return (
    <TableHead aria-sort={sorted ?? "none"} className={className}>
      <a
        href={href}
        className={cn(
          "inline-flex items-center gap-1 underline-offset-2 hover:underline",
          sorted ? "text-leaf-700" : "",
        )}
      >
        {children}
        <Icon aria-hidden className={cn("size-3.5 shrink-0", sorted ? "" : "text-muted")} />
      </a>
    </TableHead>
  );
}
