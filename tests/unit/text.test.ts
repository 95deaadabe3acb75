import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncate, wellFormed } from "@/lib/domain/common/text";
import { sanitizeFileName } from "@/lib/files/policy";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { CYCLE_TASK_MAX_LENGTH, normalizeCycleTasks } from "@/lib/domain/cycles/tasks";

const ASTRAL = "\u{10000}"; // «𐀀», two UTF-16 code units
const isWellFormed = (s: string) => wellFormed(s) === s;

describe("wellFormed", () => {
  it("replaces a lone half of a surrogate pair and keeps whole pairs", () => {
    expect(wellFormed("a\ud800b")).toBe("a\ufffdb");
    expect(wellFormed("a\udc00")).toBe("a\ufffd");
    expect(wellFormed(`${ASTRAL}\ud800`)).toBe(`${ASTRAL}\ufffd`);
    expect(wellFormed(`школа ${ASTRAL} 😀`)).toBe(`школа ${ASTRAL} 😀`);
  });
});

describe("truncate", () => {
  it("keeps a short text as it is and cuts a long one to the limit", () => {
    expect(truncate("отчёт", 5)).toBe("отчёт");
    expect(truncate("отчёт за год", 5)).toBe("отчёт");
    expect(truncate("отчёт за год", 7, "…")).toBe("отчёт…");
  });

  it("never cuts a surrogate pair in half (the upload that answered 500)", () => {
    const name = `0${ASTRAL}`.repeat(150); // 450 code units
    const cut = truncate(name, 200);
    expect(cut).toHaveLength(199);
    expect(isWellFormed(cut)).toBe(true);
    expect(truncate(ASTRAL, 1)).toBe("");
    expect(truncate(`${ASTRAL}${ASTRAL}`, 3, "…")).toBe(`${ASTRAL}…`);
  });

  it("for any well-formed text: well-formed, within the limit, a prefix of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }).map(wellFormed), fc.integer({ min: 1, max: 40 }), fc.constantFrom("", "…"), (text, max, ellipsis) => {
        const cut = truncate(text, max, ellipsis);
        expect(isWellFormed(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, ellipsis.length));
        const head = cut.endsWith(ellipsis) && cut !== text ? cut.slice(0, cut.length - ellipsis.length) : cut;
        expect(text.startsWith(head)).toBe(true);
      }),
    );
  });
});

describe("server-side cuts of user text stay well-formed", () => {
  it("file names, download names and cycle tasks with characters outside the BMP", () => {
    const stored = sanitizeFileName(`${`!${ASTRAL}`.repeat(120)}.pdf`);
    expect(isWellFormed(stored)).toBe(true);
    expect(stored.length).toBeLessThanOrEqual(200);
    expect(() => attachmentDisposition(`Итоги анкеты \ud83d.xlsx`)).not.toThrow();
    const [task] = normalizeCycleTasks([ASTRAL.repeat(CYCLE_TASK_MAX_LENGTH)]);
    expect(isWellFormed(task)).toBe(true);
    expect(task.endsWith("…")).toBe(true);
  });
});
