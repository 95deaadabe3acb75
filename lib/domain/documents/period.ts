/**
 * The period a measure's deadline must fall into, and the number input of
 * the editor. Pure: no I/O.
 *
 * Bounds of a cycle: from the date of the order approving the roadmap
 * (`Cycle.orderDate`) to the end of implementation (`Cycle.implementationEnd`);
 * without them, 01.01.{year} and 31.12.{year + 1} (decision 012).
 */
export type CycleDates = { year: number; orderDate: Date | null; implementationEnd: Date | null };
export type Bounds = { from: Date; to: Date };

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export function cycleBounds(cycle: CycleDates): Bounds {
  return {
    from: cycle.orderDate ?? utcDay(cycle.year, 1, 1),
    to: cycle.implementationEnd ?? utcDay(cycle.year + 1, 12, 31),
  };
}

export function isWithinBounds(date: Date, bounds: Bounds): boolean {
  const t = date.getTime();
  return t >= bounds.from.getTime() && t <= bounds.to.getTime();
}

function ru(date: Date): string {
  const d = String(date.getUTCDate()).padStart(2, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${d}.${m}.${date.getUTCFullYear()}`;
}

/** «Срок должен быть в пределах цикла (09.01.2025–15.12.2025)» */
export function deadlineOutOfBoundsMessage(bounds: Bounds): string {
  return `Срок должен быть в пределах цикла (${ru(bounds.from)}–${ru(bounds.to)})`;
}

/** `YYYY-MM-DD` → a UTC-midnight Date, or null for an empty or impossible date. */
export function parseIsoDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDay(y, m, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/**
 * A number typed in Russian style: «66,5», «1 250», «-3», «78 %» is not a
 * number. Empty → null (the field is optional until submission); anything
 * else unreadable → undefined.
 */
export function parseDecimal(input: string): number | null | undefined {
  const text = input.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (text === "") return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
