"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";

// What a server action's body may hold (next.config.mjs: 6 MB, with the form's other fields).
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Labels = {
  catalog: string;
  file: string;
  url: string;
  fileTooLarge: string;
  preview: string;
  apply: string;
  pending: string;
  actions: Record<"create" | "update" | "refuse", string>;
};

// A DFC catalog from a file or an address: « Prévisualiser » shows each product and what importing does with it,
// « Importer » sends the same file or address again. The chosen file is kept in state: the form is never reset
// between the two.
export function DfcImportForm({
  action,
  catalogs,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  catalogs: { id: string; name: string }[];
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const importable = state.dfcLines?.some((l) => l.action !== "refuse") ?? false;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    data.delete("file");
    if (file) {
      if (file.size > MAX_FILE_BYTES) return setFileError(labels.fileTooLarge);
      data.set("file", file);
    }
    setFileError(undefined);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <Field label={labels.catalog}>
        <Select name="catalogId" defaultValue={state.values?.catalogId}>
          {catalogs.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={labels.file} error={fileError ?? state.fieldErrors?.file}>
        <Input
          type="file"
          name="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </Field>
      <Field label={labels.url} error={state.fieldErrors?.url}>
        <Input name="url" type="url" inputMode="url" defaultValue={state.values?.url} placeholder="https://" />
      </Field>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.message && <Alert>{state.message}</Alert>}
      {state.dfcLines && state.dfcLines.length > 0 && (
        <Table data-dfc-preview>
          <TableBody>
            {state.dfcLines.map((line, i) => (
              <TableRow key={i} className={line.action === "refuse" ? "text-red-800" : undefined}>
                <TableCell>{line.name}</TableCell>
                <TableCell className="font-semibold">{labels.actions[line.action]}</TableCell>
                <TableCell className="text-sm">{line.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="flex gap-2">
        <Button name="intent" value="preview" variant="secondary" disabled={pending}>
          {pending ? labels.pending : labels.preview}
        </Button>
        {importable && !state.ok && (
          <Button name="intent" value="apply" disabled={pending}>
            {labels.apply}
          </Button>
        )}
      </div>
    </form>
  );
}
