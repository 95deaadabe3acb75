-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "tasks" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ReportOrder" ADD COLUMN     "preamble" TEXT;
