"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold"
    >
      {label}
    </button>
  );
}
