import { describe, expect, it } from "vitest";
import { isoDateSchema } from "@/lib/features/diagnostics/schemas";
import { approveIomSchema } from "@/lib/features/iom/schemas";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("calendar dates of diagnostics and ИОМ", () => {
  it("rejects a day the month does not have instead of rolling it over", () => {
    expect(messages(isoDateSchema.safeParse("2025-02-31"))).toEqual(["Укажите дату"]);
    expect(isoDateSchema.parse("2025-02-28")).toEqual(new Date("2025-02-28T00:00:00Z"));
  });
  it("rejects dates outside 2000–2100", () => {
    expect(messages(isoDateSchema.safeParse("1900-01-01"))).toEqual(["Дата должна быть между 01.01.2000 и 31.12.2100"]);
  });
});

describe("approval of an ИОМ", () => {
  const base = { iomId: "i", version: 1 };
  it("accepts no order, or an order with its number and a past date", () => {
    expect(approveIomSchema.safeParse(base).success).toBe(true);
    expect(approveIomSchema.safeParse({ ...base, orderNo: "45-о", orderDate: "2025-09-20" }).success).toBe(true);
  });
  it("refuses an order date in the future and a date without a number", () => {
    expect(messages(approveIomSchema.safeParse({ ...base, orderNo: "45-о", orderDate: "2099-01-01" }))).toEqual(["Дата приказа не может быть в будущем"]);
    expect(messages(approveIomSchema.safeParse({ ...base, orderDate: "2025-09-20" }))).toEqual(["Укажите номер приказа"]);
  });

  it("answers a malformed order date with a field message, not an exception (found by fast-check)", () => {
    const result = approveIomSchema.safeParse({ iomId: "", version: 0, orderDate: "'; DROP TABLE \"User\"; --" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain("orderDate");
  });
});
