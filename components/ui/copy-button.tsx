"use client";

import { useState } from "react";

export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
      className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
