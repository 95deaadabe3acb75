"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const LEVEL_ORDER = ["low", "medium", "high"];

/** Level distribution per competency as stacked bars; the table next to it carries the same numbers. */
export default function LevelChart({ data }: { data: { competency: string; low: number; medium: number; high: number }[] }) {
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="competency" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {/* Recharts sorts legend items by label by default; keep the scale's order instead. */}
          <Legend itemSorter={(item) => LEVEL_ORDER.indexOf(String(item.dataKey))} />
          <Bar dataKey="low" name="Низкий" stackId="a" fill="#dc2626" />
          <Bar dataKey="medium" name="Средний" stackId="a" fill="#f59e0b" />
          <Bar dataKey="high" name="Высокий" stackId="a" fill="#059669" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
