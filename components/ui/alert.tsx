import { cn } from "./cn";

const TONES = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  info: "border-brand-100 bg-brand-50 text-brand-800",
} as const;

/** A message region; `role="alert"` for errors so screen readers announce it. */
export function Alert({ tone = "info", className, children }: { tone?: keyof typeof TONES; className?: string; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", TONES[tone], className)}>
      {children}
    </div>
  );
}
