-- Optimistic locking for the criteria catalogue (/admin/criteria).
ALTER TABLE "ReviewCriterion" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
