import { Button } from "./button";
import { Input } from "./input";
import { Label } from "./field";
import { Select } from "./select";

export type ListFiltersLabels = {
  search: string;
  filter: string;
  all: string;
  sort: string;
  order: string;
  ascending: string;
  descending: string;
  apply: string;
  reset: string;
};

// The search, filter and sort of an admin list as a plain GET form: the server answers with the list narrowed
// (lib/list-query.ts), without a script, and the address keeps it. The sort is here too for phones, where a
// table's headers are hidden.
export function ListFilters({
  path,
  text,
  filter,
  filters,
  sort,
  sorts,
  direction,
  labels,
  id,
}: {
  path: string;
  text: string;
  filter: string | null;
  filters: [string, string][];
  sort: string;
  sorts: [string, string][];
  direction: "asc" | "desc";
  labels: ListFiltersLabels;
  // Tells two lists of one page apart (their fields' ids).
  id: string;
}) {
  return (
    <form
      action={path}
      method="get"
      role="search"
      aria-label={labels.search}
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 shadow-sm"
      data-list-filters={id}
    >
      <div className="flex min-w-40 grow flex-col gap-1">
        <Label htmlFor={`${id}-q`} className="text-sm">
          {labels.search}
        </Label>
        <Input id={`${id}-q`} name="q" type="search" defaultValue={text} />
      </div>
      {filters.length > 0 && (
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-filtre`} className="text-sm">
            {labels.filter}
          </Label>
          <Select id={`${id}-filtre`} name="filtre" defaultValue={filter ?? ""}>
            <option value="">{labels.all}</option>
            {filters.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-tri`} className="text-sm">
          {labels.sort}
        </Label>
        <div className="flex gap-2">
          <Select id={`${id}-tri`} name="tri" defaultValue={sort}>
            {sorts.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Select name="ordre" defaultValue={direction} aria-label={labels.order}>
            <option value="asc">{labels.ascending}</option>
            <option value="desc">{labels.descending}</option>
          </Select>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          {labels.apply}
        </Button>
        <a href={path} className="text-sm text-leaf-700 underline">
          {labels.reset}
        </a>
      </div>
    </form>
  );
}
