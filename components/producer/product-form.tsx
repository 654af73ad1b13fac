import { saveProductAction } from "@/lib/actions/producer";
import type { Messages } from "@/lib/i18n/messages";
import { PRODUCT_CATEGORIES } from "@/lib/validation/product-categories";
import { ActionForm, FormChoice, FormField, FormSelect } from "../ui/action-form";

const VAT = [
  ["550", "5,5 %"],
  ["1000", "10 %"],
  ["2000", "20 %"],
  ["210", "2,1 %"],
  ["0", "0 %"],
];

type Initial = {
  values: Record<string, string>;
  flags: { organic: boolean; bulk: boolean; variableWeight: boolean; active: boolean };
};

// Adds a product, edits one (productId), or duplicates one (initial values without productId).
export function ProductForm({
  catalogId,
  productId,
  initial,
  t,
}: {
  catalogId: string;
  productId?: string;
  initial?: Initial;
  t: Messages;
}) {
  const p = t.producer.product;
  const v = initial?.values ?? {};
  const f = initial?.flags;
  return (
    <ActionForm
      action={saveProductAction}
      hidden={{ catalogId, ...(productId ? { productId } : {}) }}
      submitLabel={p.save}
      pendingLabel={t.common.loading}
    >
      <FormField name="name" label={p.name} defaultValue={v.name} />
      <FormField name="description" label={p.description} defaultValue={v.description} />
      <FormField name="photo" type="file" accept="image/jpeg,image/png,image/webp" label={p.photo} />
      <div className="grid grid-cols-2 items-end gap-3">
        <FormSelect
          name="category"
          label={p.category}
          options={PRODUCT_CATEGORIES.map((c) => [c, t.shop.categories[c]])}
          defaultValue={v.category ?? "GROCERY"}
        />
        <FormSelect name="unit" label={p.unit} options={Object.entries(p.units)} defaultValue={v.unit ?? "PIECE"} />
        <FormField
          name="quantityPerUnit"
          label={p.quantityPerUnit}
          defaultValue={v.quantityPerUnit ?? "1"}
          inputMode="decimal"
          className="col-span-2"
        />
        <FormField name="price" label={p.price} defaultValue={v.price} inputMode="decimal" />
        <FormSelect
          name="vatRate"
          label={p.vatRate}
          options={VAT as [string, string][]}
          defaultValue={v.vatRate ?? "550"}
        />
      </div>
      <FormChoice type="checkbox" name="organic" label={p.organic} defaultChecked={f?.organic} />
      <FormChoice type="checkbox" name="bulk" label={p.bulk} defaultChecked={f?.bulk} />
      <FormChoice type="checkbox" name="variableWeight" label={p.variableWeight} defaultChecked={f?.variableWeight} />
      <div className="grid grid-cols-2 items-end gap-3">
        <FormField name="step" label={p.step} defaultValue={v.step} inputMode="decimal" />
        <FormField name="maxPrice" label={p.maxPrice} defaultValue={v.maxPrice} inputMode="decimal" />
        <FormField name="stock" label={p.stock} defaultValue={v.stock} inputMode="decimal" className="col-span-2" />
      </div>
      <FormChoice type="checkbox" name="active" label={p.active} defaultChecked={f?.active ?? true} />
    </ActionForm>
  );
}
