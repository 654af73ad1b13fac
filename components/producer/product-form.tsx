import { saveProductAction } from "@/lib/actions/producer";
import type { Messages } from "@/lib/i18n/messages";
import { ActionForm, FormChoice, FormField, FormSelect } from "../ui/action-form";

const CATEGORIES = ["FRUITS_VEGETABLES", "DAIRY", "MEAT", "SEAFOOD", "BAKERY", "GROCERY", "DRINKS", "PREPARED", "HYGIENE", "OTHER"];
const VAT = [["550", "5,5 %"], ["1000", "10 %"], ["2000", "20 %"], ["210", "2,1 %"], ["0", "0 %"]];

export function ProductForm({ catalogId, t }: { catalogId: string; t: Messages }) {
  const p = t.producer.product;
  return (
    <ActionForm action={saveProductAction} hidden={{ catalogId }} submitLabel={p.save} pendingLabel={t.common.loading}>
      <FormField name="name" label={p.name} />
      <FormField name="description" label={p.description} />
      <div className="grid grid-cols-2 gap-3">
        <FormSelect name="category" label={p.category} options={CATEGORIES.map((c) => [c, t.shop.categories[c]])} defaultValue="GROCERY" />
        <FormSelect name="unit" label={p.unit} options={Object.entries(p.units)} defaultValue="PIECE" />
        <FormField name="quantityPerUnit" label={p.quantityPerUnit} defaultValue="1" inputMode="decimal" className="col-span-2" />
        <FormField name="price" label={p.price} inputMode="decimal" />
        <FormSelect name="vatRate" label={p.vatRate} options={VAT as [string, string][]} defaultValue="550" />
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
