"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";

/** Entry vs repeat diagnostics per competency; the table next to it carries the same numbers. */
export default function EffectRadar({ data }: { data: { competency: string; entry: number | null; repeat: number | null }[] }) {
  return (
    <div className="h-80 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="60%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="competency" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} angle={90} tick={{ fontSize: 10 }} />
          <Radar dataKey="entry" name="Входная" stroke="#64748b" fill="#64748b" fillOpacity={0.25} />
          <Radar dataKey="repeat" name="Повторная" stroke="#2563eb" fill="#2563eb" fillOpacity={0.3} />
          <Tooltip />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
