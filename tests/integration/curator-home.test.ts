import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { getCuratorQueues } from "@/lib/features/home/queries";
import { signInAs } from "../support/session";

const db = () => getDb();

describe("curator home queues", () => {
  it("lists the done measures and overdue measures of the curator's schools only", async () => {
    await signInAs("curator@opora.demo");
    const actor = (await getActor())!;
    const cycle = (await getCurrentCycle(actor))!;
    const queues = await getCuratorQueues(actor, cycle);
    const mine = { cycleId: cycle.id, pairings: { some: { curatorId: actor.userId, active: true } } };
    expect(queues.done.total).toBe(await db().measure.count({ where: { status: "done", document: { cycleSchool: mine } } }));
    expect(queues.done.total).toBeGreaterThan(0);
    expect(queues.done.items.every((m) => ["edu230101", "edu230102", "edu230105"].includes(m.document.cycleSchool.school.code))).toBe(true);
    expect(queues.overdue.items.every((m) => ["planned", "in_progress", "needs_revision"].includes(m.status) && m.deadline! < new Date())).toBe(true);
    expect(queues.documents.items.every((d) => ["edu230101", "edu230102", "edu230105"].includes(d.cycleSchool.school.code))).toBe(true);
    expect(queues.documents.total).toBe(await db().programDocument.count({ where: { status: "submitted", cycleSchool: mine } }));
  });

  it("shows another curator nothing of edu230101", async () => {
    await signInAs("curator2@opora.demo");
    const actor = (await getActor())!;
    const cycle = (await getCurrentCycle(actor))!;
    const queues = await getCuratorQueues(actor, cycle);
    const codes = [...queues.done.items, ...queues.overdue.items].map((m) => m.document.cycleSchool.school.code);
    expect(codes).not.toContain("edu230101");
  });
});
