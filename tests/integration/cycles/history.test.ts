import { describe, expect, it } from "vitest";
import { createCycleAction, updateCycleAction } from "@/lib/features/cycles/actions";
import { getHistory } from "@/lib/features/history/queries";
import { createTestMunicipality } from "../../support/test-municipality";
import { signInAs } from "../../support/session";

describe("getHistory", () => {
  it("returns the audit rows of one record, newest first, with Russian labels, actor and changed keys only", async () => {
    const m = await createTestMunicipality();
    await signInAs(m.coordinator.email);
    const created = await createCycleAction({ year: 2061, title: "Дорожная карта на 2061 год", orderNumber: "1", reportDeadline: "2061-12-27" });
    const id = created.data!.id;
    await updateCycleAction({ cycleId: id, version: 1, year: 2061, title: "Дорожная карта на 2061 год", orderNumber: "2", reportDeadline: "2061-12-28" });
    // A refused attempt on the same record leaves no history entry.
    await signInAs("coordinator@opora.demo");
    const refused = await updateCycleAction({ cycleId: id, version: 2, year: 2061, title: "Чужая правка дорожной карты" });
    expect(refused.serverError?.code).toBe("NOT_FOUND");

    const history = await getHistory("Cycle", id);
    expect(history.map((h) => h.action)).toEqual(["cycle.update", "cycle.create"]);
    const [update, create] = history;
    expect(update.actionLabel).toBe("Изменены настройки цикла");
    expect(update.actorName).toBe(m.coordinator.name);
    expect(update.roleLabel).toBe("Муниципальный координатор");
    expect(update.changes).toEqual([
      { key: "orderNumber", before: "1", after: "2" },
      { key: "reportDeadline", before: "27.12.2061", after: "28.12.2061" },
    ]);
    expect(create.actionLabel).toBe("Цикл открыт");
    expect(create.changes.find((c) => c.key === "title")).toEqual({ key: "title", before: "—", after: "Дорожная карта на 2061 год" });
    expect(await getHistory("Cycle", "no-such-id")).toEqual([]);
  });
});
