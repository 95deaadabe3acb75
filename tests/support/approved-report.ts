/**
 * An approved analytical report written straight into the database, as the
 * approval leaves it: the snapshot's section V shows the narrative's tasks,
 * the stored hash is the snapshot's, and the audit log holds the approval
 * with that hash — so that next year's roadmap accepts it (decision 046).
 * The snapshot holds only section V: the carry-over reads nothing else.
 */
import { getDb } from "@/lib/db/client";
import { contentHash } from "@/lib/domain/report/canonical";
import { punctuateTasks } from "@/lib/domain/report/defaults";

export async function createApprovedReport(cycleId: string, title: string, tasks: string[]) {
  const items = punctuateTasks(tasks.map((t) => t.trim()).filter((t) => t.length > 0));
  const snapshot = { document: { sections: [{ key: "tasks", heading: "V. Задачи", blocks: items.length ? [{ type: "list", ordered: true, items }] : [] }] } };
  const hash = contentHash(snapshot);
  const report = await getDb().analyticalReport.create({
    data: { cycleId, title, status: "approved", narrative: { paragraphs: {}, tasks }, snapshot, contentHash: hash, approvedAt: new Date() },
  });
  await getDb().auditLog.create({ data: { action: "report.approve", entityType: "AnalyticalReport", entityId: report.id, after: { status: "approved", contentHash: hash } } });
  return report;
}
