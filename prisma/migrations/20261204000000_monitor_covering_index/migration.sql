-- The monitor and the regional roll-up group every measure of a cycle by
-- school, status and overdue flag (deadline). With the deadline in the index
-- the grouping reads the index alone (an index-only scan, no heap visits):
-- 4.5 s → 1.5 s for the 240 000 measures of a 3 000-school region on a busy
-- 2-core machine (decision 068). It serves every query the old
-- (documentId, status) index served, so that one goes.
DROP INDEX "Measure_documentId_status_idx";

CREATE INDEX "Measure_documentId_status_deadline_idx" ON "Measure"("documentId", "status", "deadline");
