"use client";

import dynamic from "next/dynamic";
import {
  type ComponentProps,
  createContext,
  useActionState,
  useContext,
  useEffect,
  useId,
  type ReactNode,
} from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Alert } from "./alert";
import { Checkbox, Radio } from "./checkbox";
import { cn } from "./cn";
import { Field, FieldError } from "./field";
import { Input } from "./input";
import { Select } from "./select";
import { SubmitButton, type ButtonVariant } from "./submit-button";
import { Textarea } from "./textarea";
import { showSuccessToast } from "./toaster";

// Loaded by the pages that ask for a confirmation only (Radix's dialog is most of this module's weight): the
// order forms of the public pages have none.
const ConfirmDialog = dynamic(() => import("./confirm-dialog").then((m) => m.ConfirmDialog));

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>({});
const NOT_SENT: FormState = {};

// Dispatched on window each time an ActionForm's action has answered, with its answer (FormState) as the event's
// detail: parts of a page loaded apart (the personal parts of a public page, components/personal/personal.tsx)
// refresh on it.
export const ACTION_DONE_EVENT = "cabas:action-done";

// The success message as a toast, for forms that disappear once their action succeeds (a removed row): it
// is shown when the answer arrives, before the page drops the form. A wrapped action needs JavaScript to run,
// as a confirmation does anyway.
function toastingMessage(action: Action): Action {
  return async (state, formData) => {
    const next = await action(state, formData);
    if (next.message) void showSuccessToast(next.message);
    return next;
  };
}

// A form bound to a server action: the action's state (messages, field errors, typed values) reaches the
// fields inside through context, so server components can compose forms without client code of their own.
// confirm: the submit button opens a confirmation dialog first (removals, deletions), whose confirm button
// repeats submitLabel.
export function ActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  children,
  className,
  submitClassName,
  variant,
  confirm,
  messageAs = "status",
}: {
  action: Action;
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
  className?: string;
  submitClassName?: string;
  variant?: ButtonVariant;
  confirm?: {
    title: string;
    description?: string;
    describe?: (form: HTMLFormElement) => string;
    cancelLabel: string;
    tone?: "danger" | "primary";
  };
  messageAs?: "status" | "toast";
}) {
  const [state, formAction] = useActionState(messageAs === "toast" ? toastingMessage(action) : action, NOT_SENT);
  useEffect(() => {
    if (state !== NOT_SENT) window.dispatchEvent(new CustomEvent(ACTION_DONE_EVENT, { detail: state }));
  }, [state]);
  const submit = (
    <SubmitButton
      type={confirm ? "button" : "submit"}
      pendingLabel={pendingLabel}
      className={submitClassName}
      variant={variant}
    >
      {submitLabel}
    </SubmitButton>
  );
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className ?? "flex flex-col gap-3"} noValidate>
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        {state.error && <Alert tone="error">{state.error}</Alert>}
        {messageAs === "status" && state.message && <Alert>{state.message}</Alert>}
        {confirm ? <ConfirmDialog trigger={submit} confirmLabel={submitLabel} {...confirm} /> : submit}
      </form>
    </FormStateContext.Provider>
  );
}

// The answer of the enclosing ActionForm's action (empty until it answers), for controls that keep their own
// content (the message editor) rather than a field's default value.
export function useActionFormState(): FormState {
  return useContext(FormStateContext);
}

// What a control needs from its form's state: an id unique per form (useId: a page may show the same field in
// two forms), the value to show again after an error, and the error itself.
function useControl(name: string, defaultValue: ComponentProps<"input">["defaultValue"]) {
  const state = useContext(FormStateContext);
  return {
    id: `${name}-${useId()}`,
    value: state.values?.[name] ?? defaultValue,
    error: state.fieldErrors?.[name],
  };
}

type Labelled = { name: string; label: string; hint?: string; className?: string };

export function FormField({
  name,
  label,
  hint,
  className,
  id,
  defaultValue,
  ...input
}: ComponentProps<"input"> & Labelled) {
  const c = useControl(name, defaultValue);
  return (
    <Field id={id ?? c.id} label={label} hint={hint} error={c.error} className={className}>
      <Input name={name} defaultValue={c.value} {...input} />
    </Field>
  );
}

// A labelled select that keeps its choice, and shows its error, when the form comes back with an error.
export function FormSelect({
  name,
  label,
  hint,
  options,
  defaultValue,
  className,
}: Labelled & { options: [string, string][]; defaultValue?: string }) {
  const c = useControl(name, defaultValue);
  return (
    <Field id={c.id} label={label} hint={hint} error={c.error} className={className}>
      <Select name={name} key={String(c.value)} defaultValue={c.value}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function FormTextarea({
  name,
  label,
  hint,
  defaultValue,
  rows = 4,
  className,
}: Labelled & { defaultValue?: string; rows?: number }) {
  const c = useControl(name, defaultValue);
  return (
    <Field id={c.id} label={label} hint={hint} error={c.error} className={className}>
      <Textarea name={name} rows={rows} defaultValue={c.value} />
    </Field>
  );
}

// The error of a group of controls (radios, a consent box) that the page lays out itself.
export function FormFieldError({ name }: { name: string }) {
  const error = useContext(FormStateContext).fieldErrors?.[name];
  return error ? <FieldError id={`field-${name}-error`}>{error}</FieldError> : null;
}

// A radio or checkbox that comes back as the person left it when the form is shown again after an error.
// With a label it is drawn as a Field (box, then label, then a checkbox's error); without one the page lays it
// out (a radio card).
export function FormChoice({
  name,
  value = "on",
  type = "radio",
  defaultChecked,
  label,
  hint,
  className,
  ...rest
}: {
  name: string;
  value?: string;
  type?: "radio" | "checkbox";
  defaultChecked?: boolean;
  label?: ReactNode;
  hint?: string;
  className?: string;
  disabled?: boolean;
  "aria-describedby"?: string;
}) {
  const state = useContext(FormStateContext);
  const id = `${name}-${value}-${useId()}`;
  const Control = type === "checkbox" ? Checkbox : Radio;
  const checked = state.values ? state.values[name] === value : defaultChecked;
  const control = (
    <Control name={name} value={value} defaultChecked={checked} className={cn(!label && className)} {...rest} />
  );
  // A checkbox stands alone, so its error (a required consent) is its own; radios share theirs with the group.
  const error = type === "checkbox" ? state.fieldErrors?.[name] : undefined;
  return label ? (
    <Field id={id} label={label} hint={hint} error={error} orientation="horizontal" className={className}>
      {control}
    </Field>
  ) : (
    control
  );
}
