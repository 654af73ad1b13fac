"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Labels = { name: string; create: string; pending: string; copy: string; copied: string };

// Creates an API key and shows its secret this once (only its hash is kept), with a button to copy it.
export function ApiTokenForm({
  action,
  producerId,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  producerId: string;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="producerId" value={producerId} />
      <Field label={labels.name} error={state.fieldErrors?.name}>
        <Input name="name" defaultValue={state.secret ? "" : state.values?.name} maxLength={80} />
      </Field>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.secret && (
        <Alert>
          <span className="flex flex-col gap-2">
            {state.message}
            <code className="font-mono text-sm break-all" data-api-token>
              {state.secret}
            </code>
            <CopyButton text={state.secret} label={labels.copy} copiedLabel={labels.copied} />
          </span>
        </Alert>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? labels.pending : labels.create}
      </Button>
    </form>
  );
}
