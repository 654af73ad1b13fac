import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

// A table on wide screens; under 640 px each row becomes a card and each cell shows its column's label
// (TableCell's label) before its value. The column headers stay for screen readers (visually hidden), and the
// table roles are written out because some browsers drop a table's semantics once its display changes.
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div data-slot="table-container" className="w-full sm:overflow-x-auto sm:rounded-lg sm:bg-white sm:shadow-sm">
      <table
        data-slot="table"
        role="table"
        className={cn("w-full caption-bottom text-sm max-sm:block", className)}
        {...props}
      />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead
      data-slot="table-header"
      role="rowgroup"
      className={cn("max-sm:sr-only [&_tr]:border-b [&_tr]:border-earth-100", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return (
    <tbody
      data-slot="table-body"
      role="rowgroup"
      className={cn("max-sm:flex max-sm:flex-col max-sm:gap-3 sm:[&_tr:last-child]:border-0", className)}
      {...props}
    />
  );
}

// Totals under the rows; on phones a card of its own below the others.
export function TableFooter({ className, ...props }: ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      role="rowgroup"
      className={cn(
        "font-semibold max-sm:mt-3 max-sm:flex max-sm:flex-col sm:border-t sm:border-earth-100 sm:[&_tr:last-child]:border-0",
        className,
      )}
      {...props}
    />
  );
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      role="row"
      className={cn(
        "border-b border-earth-100 max-sm:flex max-sm:flex-col max-sm:gap-1 max-sm:rounded-xl max-sm:border max-sm:border-earth-100 max-sm:bg-white max-sm:p-3 max-sm:shadow-sm",
        className,
      )}
      {...props}
    />
  );
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      role="columnheader"
      className={cn("p-2 text-left align-bottom font-semibold", className)}
      {...props}
    />
  );
}

// label: the column's name, shown beside the value on phones only (aria-hidden: the column header already
// names the cell for screen readers). Without a label the value takes the card's whole width (a name as the
// card's title, a row of buttons).
export function TableCell({ className, label, children, ...props }: ComponentProps<"td"> & { label?: ReactNode }) {
  return (
    <td
      data-slot="table-cell"
      role="cell"
      className={cn(
        "p-2 align-top max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:justify-between max-sm:gap-x-3 max-sm:p-0 max-sm:text-left",
        className,
      )}
      {...props}
    >
      {label && (
        <span aria-hidden className="text-xs font-medium text-muted sm:hidden">
          {label}
        </span>
      )}
      {children}
    </td>
  );
}
