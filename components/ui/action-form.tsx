"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton, type ButtonVariant } from "./submit-button";

const FormStateContext = createContext<FormState>({});

// A form bound to a server action: the action's state (messages, field errors, typed values) reaches the
// fields inside through context, so server components can compose forms without client code of their own.
export function ActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  children,
  className,
  submitClassName,
  variant,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
  className?: string;
  submitClassName?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className ?? "flex flex-col gap-3"} noValidate>
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
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
        <SubmitButton pendingLabel={pendingLabel} className={submitClassName} variant={variant}>
          {submitLabel}
        </SubmitButton>
      </form>
    </FormStateContext.Provider>
  );
}

export function FormField(props: Omit<Parameters<typeof Field>[0], "error">) {
  const state = useContext(FormStateContext);
  return <Field {...props} error={state.fieldErrors?.[props.name]} defaultValue={state.values?.[props.name] ?? props.defaultValue} />;
}

export function FormFieldError({ name }: { name: string }) {
  const error = useContext(FormStateContext).fieldErrors?.[name];
  return error ? (
    <p id={`field-${name}-error`} role="alert" className="text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

// A radio or checkbox that comes back as the person left it when the form is shown again after an error.
export function FormChoice({ name, value = "on", type = "radio", defaultChecked, className, ...rest }: { name: string; value?: string; type?: "radio" | "checkbox"; defaultChecked?: boolean; className?: string; disabled?: boolean; "aria-describedby"?: string }) {
  const state = useContext(FormStateContext);
  const checked = state.values ? state.values[name] === value : defaultChecked;
  return <input type={type} name={name} value={value} defaultChecked={checked} className={className ?? "h-5 w-5"} {...rest} />;
}
