import { formatMoney } from "@/lib/money";
import { Card } from "@/components/ui/card";

type Bar = { id: string; label: string; totalCents: number };

// Sales per distribution over time as bars drawn on the server (no script): the table below it holds the same
// figures for whoever cannot see it.
export function SalesChart({ bars, label, locale }: { bars: Bar[]; label: string; locale: string }) {
  const max = Math.max(1, ...bars.map((b) => b.totalCents));
  const width = 640;
  const height = 180;
  const step = width / Math.max(bars.length, 1);
  const barWidth = Math.max(2, Math.min(40, step * 0.7));
  return (
    <Card asChild>
      <figure className="block p-3">
        <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={label} className="h-auto w-full">
          <line x1="0" y1={height} x2={width} y2={height} className="stroke-earth-300" />
          {bars.map((bar, i) => {
            const h = Math.round((bar.totalCents / max) * (height - 16));
            const x = i * step + (step - barWidth) / 2;
            return (
              <g key={bar.id}>
                <rect x={x} y={height - h} width={barWidth} height={h} rx="2" className="fill-leaf-600">
                  <title>{`${bar.label} : ${formatMoney(bar.totalCents, locale)}`}</title>
                </rect>
                {bars.length <= 16 && (
                  <text x={x + barWidth / 2} y={height + 14} textAnchor="middle" className="fill-stone-700 text-[10px]">
                    {bar.label.slice(0, 5)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <figcaption className="text-xs text-muted">{label}</figcaption>
      </figure>
    </Card>
  );
}
