import { cloneElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label data-slot="label" className={cn("font-medium", className)} {...props} />;
}

// Errors appear after a submission: role="alert" reads them out at once.
export function FieldError({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="field-error" role="alert" className={cn("text-sm text-red-800", className)} {...props} />;
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="field-hint" className={cn("text-sm text-muted", className)} {...props} />;
}

type ControlProps = {
  id?: string;
  name?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: ComponentProps<"input">["aria-invalid"];
};

// The one way to draw a form control with its label, hint and error: Field gives the control it wraps
// (Input, Select, Textarea, Checkbox, Radio…) its id, and ties the hint and the error to it through
// aria-describedby and aria-invalid. Vertical: label above the control; horizontal (a checkbox, a radio):
// control first, label beside it. The id defaults to field-<name>.
export function Field({
  label,
  hint,
  error,
  id,
  orientation = "vertical",
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  orientation?: "vertical" | "horizontal";
  className?: string;
  children: ReactElement<ControlProps>;
}) {
  const own = children.props;
  const controlId = id ?? own.id ?? `field-${own.name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control = cloneElement(children, {
    id: controlId,
    "aria-invalid": error ? true : own["aria-invalid"],
    "aria-describedby": [own["aria-describedby"], hintId, errorId].filter(Boolean).join(" ") || undefined,
  });
  const notes = (
    <>
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </>
  );
  if (orientation === "horizontal")
    return (
      <div data-slot="field" data-orientation="horizontal" className={cn("flex items-start gap-2", className)}>
        {control}
        <div className="flex flex-col gap-1">
          <Label htmlFor={controlId} className="leading-5 font-normal">
            {label}
          </Label>
          {notes}
        </div>
      </div>
    );
  return (
    <div data-slot="field" data-orientation="vertical" className={cn("flex flex-col gap-1", className)}>
      <Label htmlFor={controlId} className="text-sm">
        {label}
      </Label>
      {control}
      {notes}
    </div>
  );
}
