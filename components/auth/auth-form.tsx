"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

export type AuthField = { name: string; label: string; type?: string; autoComplete?: string; hint?: string; required?: boolean };

export function AuthForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: AuthField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(props.action, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.fields.map((field) => (
        <Field
          key={field.name}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required={field.required ?? true}
          defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
          error={state.fieldErrors?.[field.name]}
        />
      ))}
      {state.error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      )}
      {state.message && (
        <p role="status" className="rounded-md bg-leaf-50 p-3 text-sm text-leaf-900">
          {state.message}
        </p>
      )}
      <SubmitButton pendingLabel={props.pendingLabel}>{props.submitLabel}</SubmitButton>
    </form>
  );
}
