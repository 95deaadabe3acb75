import { describe, expect, it } from "vitest";
import { contentHash } from "@/lib/domain/report/canonical";
import { defaultTasks } from "@/lib/domain/report/defaults";
import { buildReportDocument } from "@/lib/domain/report/document";
import { tasksMatchSnapshot, verifyContentHash } from "@/lib/domain/report/integrity";
import { reportFixture } from "./report-fixture";

const data = reportFixture();
const snapshot = { document: buildReportDocument(data, { paragraphs: {}, tasks: defaultTasks(data) }), order: { format: 1, number: "31" } };
const hash = contentHash(snapshot);

/** What PostgreSQL's jsonb gives back: the same values, keys in its own order. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) as T;
  return value;
}

describe("verifyContentHash", () => {
  it("is sha256 of the canonical JSON, as any other tool computes it", () => {
    // printf '{"a":1,"b":["х",null]}' | sha256sum
    const expected = "aef7dd4324eb011bd288a26f5dcf932ad83d800cc3d44dee38c1bf225e7e925b";
    expect(verifyContentHash({ b: ["х", null], a: 1 }, expected)).toEqual({ ok: true, hash: expected });
  });

  it("accepts the stored snapshot as read back from the database (keys reordered, JSON round trip)", () => {
    const stored = reordered(JSON.parse(JSON.stringify(snapshot)));
    expect(verifyContentHash(stored, hash)).toEqual({ ok: true, hash });
    expect(verifyContentHash(stored, hash.toUpperCase())).toEqual({ ok: true, hash });
    expect(verifyContentHash(stored, hash, [hash])).toEqual({ ok: true, hash });
  });

  it("refuses a snapshot changed in any figure, text or member", () => {
    const changed = JSON.parse(JSON.stringify(snapshot));
    const table = changed.document.sections.flatMap((s: { blocks: { type: string }[] }) => s.blocks).find((b: { type: string }) => b.type === "table");
    table.rows[0][1] = String(Number(table.rows[0][1]) + 1);
    const check = verifyContentHash(changed, hash);
    expect(check).toEqual({ ok: false, reason: "snapshot", stored: hash, computed: contentHash(changed) });
    expect(check.ok || check.computed).not.toBe(hash);

    expect(verifyContentHash({ ...snapshot, order: { ...snapshot.order, number: "32" } }, hash).ok).toBe(false);
    expect(verifyContentHash({ ...snapshot, extra: true }, hash).ok).toBe(false);
    expect(verifyContentHash({ document: snapshot.document }, hash).ok).toBe(false);
  });

  it("never verifies a missing hash or a missing snapshot", () => {
    expect(verifyContentHash(snapshot, null)).toMatchObject({ ok: false, reason: "snapshot", stored: null });
    expect(verifyContentHash(snapshot, undefined)).toMatchObject({ ok: false, stored: null });
    expect(verifyContentHash(snapshot, "")).toMatchObject({ ok: false });
    expect(verifyContentHash(null, hash)).toMatchObject({ ok: false, computed: contentHash(null) });
    expect(verifyContentHash(undefined, hash)).toMatchObject({ ok: false });
  });

  it("refuses a row rewritten consistently (snapshot and hash) when the approval's audited hash differs", () => {
    const forged = { ...snapshot, order: { ...snapshot.order, number: "32" } };
    const forgedHash = contentHash(forged);
    expect(verifyContentHash(forged, forgedHash)).toEqual({ ok: true, hash: forgedHash });
    expect(verifyContentHash(forged, forgedHash, [hash])).toEqual({ ok: false, reason: "approval", stored: forgedHash, computed: forgedHash });
    // A second «approval» row added to the log does not help: every audited hash must agree.
    expect(verifyContentHash(forged, forgedHash, [hash, forgedHash]).ok).toBe(false);
  });
});

describe("tasksMatchSnapshot", () => {
  const tasks = defaultTasks(data);
  const frozen = (taskList: string[]) => ({ document: buildReportDocument(data, { paragraphs: {}, tasks: taskList }) });

  it("accepts the narrative's tasks that section V of the snapshot shows, whitespace and empty lines aside", () => {
    expect(tasks.length).toBeGreaterThan(1);
    expect(tasksMatchSnapshot(tasks, snapshot)).toBe(true);
    expect(tasksMatchSnapshot(["", ...tasks.map((t) => `  ${t} `)], reordered(snapshot))).toBe(true);
    // No tasks: section V says so, and an empty list matches it.
    expect(tasksMatchSnapshot([], frozen([" "]))).toBe(true);
  });

  it("refuses a task changed, added, dropped or reordered, and a snapshot without section V", () => {
    expect(tasksMatchSnapshot([`${tasks[0]} и ещё`, ...tasks.slice(1)], snapshot)).toBe(false);
    expect(tasksMatchSnapshot([...tasks, "Новая задача"], snapshot)).toBe(false);
    expect(tasksMatchSnapshot(tasks.slice(1), snapshot)).toBe(false);
    expect(tasksMatchSnapshot([...tasks].reverse(), snapshot)).toBe(false);
    expect(tasksMatchSnapshot(["Задача"], frozen([]))).toBe(false);
    expect(tasksMatchSnapshot([], null)).toBe(false);
    expect(tasksMatchSnapshot([], { document: { sections: [] } })).toBe(false);
  });
});
