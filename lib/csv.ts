// CSV for spreadsheets used in France: semicolon-separated, UTF-8 with a byte-order mark so that Excel reads
// accents, every field quoted when it needs to be.
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value == null ? "" : String(value);
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + rows.map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}

// Amounts in CSV are written as French decimals (« 12,50 ») so that spreadsheets add them up.
export function csvEuros(cents: number): string {
  return (cents / 100).toFixed(2).replace(".", ",");
}
