import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ReportFilters } from "@/lib/domain/report/report-filters";
import { PAYMENT_METHODS } from "@/lib/domain/report/report-filters";
import type { Messages } from "@/lib/i18n/messages";
import { ReportFiltersShell } from "./report-filters-shell";

// The report's filters as a plain GET form: the address holds them, so a report is a link one can keep or share
// with another admin, and the downloads take the same ones. Its submit shows the report being computed
// (report-filters-shell.tsx).
export function ReportFiltersForm({
  filters,
  choices,
  choiceName,
  hidden = {},
  r,
}: {
  filters: ReportFilters;
  choices: { id: string; name: string }[];
  // « producteur » in a market's report, « marche » in a producer's.
  choiceName: "producteur" | "marche";
  // What the page itself needs kept in its address (a producer space's chosen producer).
  hidden?: Record<string, string>;
  r: Messages["reports"];
}) {
  const chosen = choiceName === "producteur" ? filters.producerId : filters.marketId;
  return (
    <ReportFiltersShell label={r.filters} submitLabel={r.apply} pendingLabel={r.computing}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="report-from" label={r.from}>
        <Input name="du" type="date" defaultValue={filters.from} />
      </Field>
      <Field id="report-to" label={r.to}>
        <Input name="au" type="date" defaultValue={filters.to} />
      </Field>
      <Field id="report-choice" label={choiceName === "producteur" ? r.producer : r.market}>
        <Select name={choiceName} defaultValue={chosen ?? ""}>
          <option value="">{r.all}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="report-method" label={r.method}>
        <Select name="paiement" defaultValue={filters.method ?? ""}>
          <option value="">{r.all}</option>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {r.methods[m]}
            </option>
          ))}
        </Select>
      </Field>
    </ReportFiltersShell>
  );
}
