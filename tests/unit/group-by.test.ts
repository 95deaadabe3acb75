import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/domain/common/group-by";

describe("groupBy", () => {
  it("keeps the first-seen order of keys and items", () => {
    const groups = groupBy([{ k: "b", v: 1 }, { k: "a", v: 2 }, { k: "b", v: 3 }], (x) => x.k);
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")!.map((x) => x.v)).toEqual([1, 3]);
    expect(groupBy([], String).size).toBe(0);
  });
});
