import { saveProductAction } from "@/lib/actions/producer";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormChoice, FormField } from "../ui/action-form";

const CATEGORIES = ["FRUITS_VEGETABLES", "DAIRY", "MEAT", "SEAFOOD", "BAKERY", "GROCERY", "DRINKS", "PREPARED", "HYGIENE", "OTHER"];
const VAT = [["550", "5,5 %"], ["1000", "10 %"], ["2000", "20 %"], ["210", "2,1 %"], ["0", "0 %"]];

export function ProductForm({ catalogId, t }: { catalogId: string; t: Messages }) {
  const p = t.producer.product;
  const select = (name: string, label: string, options: [string, string][], defaultValue: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`field-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`field-${name}`} name={name} defaultValue={defaultValue} className="rounded-md border border-stone-400 bg-white px-3 py-2">
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <ActionForm action={saveProductAction} hidden={{ catalogId }} submitLabel={p.save} pendingLabel={t.common.loading}>
      <FormField name="name" label={p.name} />
      <FormField name="description" label={p.description} />
      <div className="grid grid-cols-2 gap-3">
        {select("category", p.category, CATEGORIES.map((c) => [c, t.shop.categories[c]]), "GROCERY")}
        {select("unit", p.unit, Object.entries(p.units), "PIECE")}
        <FormField name="quantityPerUnit" label={p.quantityPerUnit} defaultValue="1" inputMode="decimal" className="col-span-2" />
        <FormField name="price" label={p.price} inputMode="decimal" />
        {select("vatRate", p.vatRate, VAT as [string, string][], "550")}
      </div>
      <label className="flex items-center gap-2">
        <FormChoice type="checkbox" name="organic" />
        {p.organic}
      </label>
      <label className="flex items-center gap-2">
        <FormChoice type="checkbox" name="bulk" />
        {p.bulk}
      </label>
      <label className="flex items-center gap-2">
        <FormChoice type="checkbox" name="variableWeight" />
        {p.variableWeight}
      </label>
      <div className="grid grid-cols-2 gap-3">
        <FormField name="step" label={p.step} inputMode="decimal" />
        <FormField name="maxPrice" label={p.maxPrice} inputMode="decimal" />
        <FormField name="stock" label={p.stock} inputMode="decimal" className="col-span-2" />
      </div>
      <label className="flex items-center gap-2">
        <FormChoice type="checkbox" name="active" defaultChecked />
        {p.active}
      </label>
    </ActionForm>
  );
}
