import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { ActionForm, FormField } from "../ui/action-form";

export type AuthField = { name: string; label: string; type?: string; autoComplete?: string; hint?: string };

// Passwords are never sent back to the browser: after an error they are the one field to type again.
export function AuthForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: AuthField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
}) {
  return (
    <ActionForm
      action={props.action}
      hidden={props.hidden}
      submitLabel={props.submitLabel}
      pendingLabel={props.pendingLabel}
      className="flex flex-col gap-4"
    >
      {props.fields.map((field) => (
        <FormField
          key={field.name}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required
        />
      ))}
      {props.children}
    </ActionForm>
  );
}
