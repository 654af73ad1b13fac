"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

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
      <label htmlFor="csv-import" className="text-sm font-medium">
        {labels.field}
      </label>
      <textarea
        id="csv-import"
        name="csv"
        rows={6}
        defaultValue={state.values?.csv}
        aria-invalid={state.fieldErrors?.csv ? true : undefined}
        aria-describedby="csv-import-error"
        className="rounded-md border border-stone-400 px-3 py-2 font-mono text-sm"
      />
      {(state.fieldErrors?.csv || state.error) && (
        <p id="csv-import-error" role="alert" className="text-sm text-red-800">
          {state.fieldErrors?.csv ?? state.error}
        </p>
      )}
      {state.message && (
        <p role="status" className="rounded-md bg-leaf-50 p-2 text-sm text-leaf-900">
          {state.message}
        </p>
      )}
      {state.rows && state.rows.length > 0 && (
        <table className="w-full text-sm">
          <tbody>
            {state.rows.map((r) => (
              <tr key={r.line} className={`border-t border-earth-100 ${r.error ? "text-red-800" : ""}`}>
                <td className="py-1 pr-2">
                  {labels.line} {r.line}
                </td>
                <td className="py-1 pr-2">{r.label}</td>
                <td className="py-1 font-semibold">{r.error ?? labels.ok}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex gap-2">
        <button
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded-md bg-stone-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? labels.pending : labels.preview}
        </button>
        {state.rows && state.rows.length > 0 && errors === 0 && (
          <button
            name="intent"
            value="import"
            disabled={pending}
            className="rounded-md bg-leaf-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
          >
            {labels.import}
          </button>
        )}
      </div>
    </form>
  );
}
