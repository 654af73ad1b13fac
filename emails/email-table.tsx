import { Section, Text } from "@react-email/components";

export type EmailTableProps = { caption: string; head: string[]; rows: string[][] };

// A table of an e-mail, under its caption (orders at close, a basket's VAT per rate).
export function EmailTable({ caption, head, rows }: EmailTableProps) {
  return (
    <Section>
      <Text style={{ fontWeight: 700, marginBottom: "4px" }}>{caption}</Text>
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "14px" }}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} style={{ textAlign: "left", borderBottom: "1px solid #ccc", padding: "4px" }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} style={{ borderBottom: "1px solid #eee", padding: "4px" }}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
