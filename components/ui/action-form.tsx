"use client";

import { createContext, useActionState, useContext, useEffect, useId, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Field } from "./field";
import { SubmitButton, type ButtonVariant } from "./submit-button";

const FormStateContext = createContext<FormState>({});
const NOT_SENT: FormState = {};

// Dispatched on window each time an ActionForm's action has answered: parts of a page loaded apart (the
// members' panel of a cached shop) refresh on it.
export const ACTION_DONE_EVENT = "cabas:action-done";

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
  const [state, formAction] = useActionState(action, NOT_SENT);
  useEffect(() => {
    if (state !== NOT_SENT) window.dispatchEvent(new Event(ACTION_DONE_EVENT));
  }, [state]);
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

// Ids are unique per form (useId): a page may show the same field in two forms.
export function FormField(props: Omit<Parameters<typeof Field>[0], "error">) {
  const state = useContext(FormStateContext);
  const uid = useId();
  return (
    <Field
      id={`${props.name}-${uid}`}
      {...props}
      error={state.fieldErrors?.[props.name]}
      defaultValue={state.values?.[props.name] ?? props.defaultValue}
    />
  );
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
export function FormChoice({
  name,
  value = "on",
  type = "radio",
  defaultChecked,
  className,
  ...rest
}: {
  name: string;
  value?: string;
  type?: "radio" | "checkbox";
  defaultChecked?: boolean;
  className?: string;
  disabled?: boolean;
  "aria-describedby"?: string;
}) {
  const state = useContext(FormStateContext);
  const checked = state.values ? state.values[name] === value : defaultChecked;
  return (
    <input
      type={type}
      name={name}
      value={value}
      defaultChecked={checked}
      className={className ?? "h-5 w-5"}
      {...rest}
    />
  );
}

// What a select or textarea needs from the form's state: its id, the value to show again, and its error wiring.
function useControl(name: string, defaultValue: string | undefined) {
  const state = useContext(FormStateContext);
  const error = state.fieldErrors?.[name];
  const id = `${name}-${useId()}`;
  return {
    id,
    value: state.values?.[name] ?? defaultValue,
    aria: { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `field-${name}-error` : undefined },
    border: error ? "border-red-700" : "border-stone-400",
  };
}

function Labelled({
  id,
  name,
  label,
  className,
  children,
}: {
  id: string;
  name: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      <FormFieldError name={name} />
    </div>
  );
}

// A labelled select that keeps its choice, and shows its error, when the form comes back with an error.
export function FormSelect({
  name,
  label,
  options,
  defaultValue,
  className,
}: {
  name: string;
  label: string;
  options: [string, string][];
  defaultValue?: string;
  className?: string;
}) {
  const c = useControl(name, defaultValue);
  return (
    <Labelled id={c.id} name={name} label={label} className={className}>
      <select
        id={c.id}
        name={name}
        key={c.value}
        defaultValue={c.value}
        {...c.aria}
        className={`rounded-md border bg-white px-3 py-2 ${c.border}`}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function FormTextarea({
  name,
  label,
  defaultValue,
  rows = 4,
  className,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  rows?: number;
  className?: string;
}) {
  const c = useControl(name, defaultValue);
  return (
    <Labelled id={c.id} name={name} label={label} className={className}>
      <textarea
        id={c.id}
        name={name}
        rows={rows}
        defaultValue={c.value}
        {...c.aria}
        className={`rounded-md border px-3 py-2 ${c.border}`}
      />
    </Labelled>
  );
}
