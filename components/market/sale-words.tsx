// A sale's own name and its note to members (both optional, set by the market's admin), the same wherever the
// distribution is shown: market page, shop, admin and producer lists.
export function SaleWords({ name, note }: { name: string | null; note: string | null }) {
  if (!name && !note) return null;
  return (
    <>
      {name && <p className="font-semibold">{name}</p>}
      {note && (
        <p className="rounded-md bg-white/70 px-2 py-1 text-sm whitespace-pre-line" data-sale-note>
          {note}
        </p>
      )}
    </>
  );
}
