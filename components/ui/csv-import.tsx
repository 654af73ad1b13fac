"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { Field } from "./field";
import { Table, TableBody, TableCell, TableRow } from "./table";
import { Textarea } from "./textarea";

type Labels = { field: string; preview: string; import: string; line: string; ok: string; pending: string };

// Paste, preview every row with its error, then import all at once (nothing is written while a row is wrong).
export function CsvImport({
  action,
  hidden,
  labels,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.rows?.filter((r) => r.error).length ?? 0;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="csv-import" label={labels.field} error={state.fieldErrors?.csv ?? state.error}>
        <Textarea name="csv" rows={6} defaultValue={state.values?.csv} className="font-mono" />
      </Field>
      {state.message && (
        <p role="status" className="rounded-md bg-leaf-50 p-2 text-sm text-leaf-900">
          {state.message}
        </p>
      )}
      {state.rows && state.rows.length > 0 && (
        <Table>
          <TableBody>
            {state.rows.map((r) => (
              <TableRow key={r.line} className={r.error ? "text-red-800" : undefined}>
                <TableCell>
                  {labels.line} {r.line}
                </TableCell>
                <TableCell>{r.label}</TableCell>
                <TableCell className="font-semibold">{r.error ?? labels.ok}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="flex gap-2">
        <Button name="intent" value="preview" variant="secondary" size="sm" disabled={pending}>
          {pending ? labels.pending : labels.preview}
        </Button>
        {state.rows && state.rows.length > 0 && errors === 0 && (
          <Button name="intent" value="import" size="sm" disabled={pending}>
            {labels.import}
          </Button>
        )}
      </div>
    </form>
  );
}
