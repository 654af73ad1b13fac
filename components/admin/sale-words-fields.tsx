import type { Messages } from "@/lib/i18n/messages";
import { FormField, FormTextarea } from "../ui/action-form";

// A sale's optional name and note, in the one-off distribution form and the cycle form (given to each date).
export function SaleWordsFields({ values, t }: { values?: { name?: string; note?: string }; t: Messages }) {
  const a = t.admin.distributions;
  return (
    <>
      <FormField
        name="name"
        label={a.name}
        hint={a.nameHint}
        defaultValue={values?.name ?? ""}
        className="col-span-2"
      />
      <FormTextarea
        name="note"
        label={a.note}
        hint={a.noteHint}
        rows={2}
        defaultValue={values?.note ?? ""}
        className="col-span-2"
      />
    </>
  );
}
