// A sale's own name and its note to members (both optional, set by the market's admin), the same wherever the
// distribution is shown: market page, shop, admin and producer lists. The note is set off by a rule in the text's
// own colour, which reads on any card it sits on (white, or a distribution's tint).
export function SaleWords({ name, note }: { name: string | null; note: string | null }) {
  if (!name && !note) return null;
  return (
    <>
      {name && <p className="font-semibold">{name}</p>}
      {note && (
        <p className="border-l-2 border-current pl-2 text-sm whitespace-pre-line" data-sale-note>
          {note}
        </p>
      )}
    </>
  );
}
