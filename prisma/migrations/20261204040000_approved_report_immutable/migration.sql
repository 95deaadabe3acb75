-- An approved analytical report is the signed paper (decision 046): once
-- "AnalyticalReport"."status" is 'approved', neither the row nor its order
-- ("ReportOrder") may change or go away, whatever role or tool writes to the
-- database. Guarded by tests/integration/db-invariants.test.ts.
--
-- Still writable after approval: "updatedAt" only (Prisma's bookkeeping, not
-- content). Nothing else is written to an approved report: the .docx cache
-- lives in memory, keyed by the content hash, and the next year's cycle is
-- found by its year, not by a link on the report. Refusing every other column
-- (rather than a list of them) keeps a column added later frozen until a
-- migration says otherwise.
--
-- Whoever must repair a row disables the trigger explicitly (table owner
-- only); the application then finds the content hash no longer matching
-- (lib/domain/report/integrity.ts) and refuses to show or export it.

-- The columns (keys) whose values differ between two rows, except "updatedAt"; NULL when none.
CREATE FUNCTION "frozen_columns_changed"("old_row" jsonb, "new_row" jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(k.key, ', ' ORDER BY k.key)
  FROM jsonb_object_keys("old_row" || "new_row") AS k(key)
  WHERE k.key <> 'updatedAt' AND ("old_row" -> k.key) IS DISTINCT FROM ("new_row" -> k.key)
$$;

CREATE FUNCTION "analytical_report_approved_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF OLD."status" = 'approved' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'AnalyticalReport % is approved and immutable: it cannot be deleted', OLD."id"
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    changed := "frozen_columns_changed"(to_jsonb(OLD), to_jsonb(NEW));
    IF changed IS NOT NULL THEN
      RAISE EXCEPTION 'AnalyticalReport % is approved and immutable: % cannot change', OLD."id", changed
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AnalyticalReport_approved_immutable" BEFORE UPDATE OR DELETE ON "AnalyticalReport"
  FOR EACH ROW EXECUTE FUNCTION "analytical_report_approved_immutable"();

-- The order of an approved report: no change, no removal, and no order added
-- to (or moved onto) an approved report.
CREATE FUNCTION "report_order_approved_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF EXISTS (SELECT 1 FROM "AnalyticalReport" WHERE "id" = OLD."reportId" AND "status" = 'approved') THEN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'ReportOrder % of an approved report is immutable: it cannot be deleted', OLD."id"
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      changed := "frozen_columns_changed"(to_jsonb(OLD), to_jsonb(NEW));
      IF changed IS NOT NULL THEN
        RAISE EXCEPTION 'ReportOrder % of an approved report is immutable: % cannot change', OLD."id", changed
          USING ERRCODE = 'insufficient_privilege';
      END IF;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' OR NEW."reportId" IS DISTINCT FROM OLD."reportId" THEN
    IF EXISTS (SELECT 1 FROM "AnalyticalReport" WHERE "id" = NEW."reportId" AND "status" = 'approved') THEN
      RAISE EXCEPTION 'AnalyticalReport % is approved and immutable: it cannot get another order', NEW."reportId"
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "ReportOrder_approved_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "ReportOrder"
  FOR EACH ROW EXECUTE FUNCTION "report_order_approved_immutable"();

-- Row triggers do not fire on TRUNCATE (nor on a TRUNCATE … CASCADE from
-- "Cycle"): refuse it while an approved report exists.
CREATE FUNCTION "approved_report_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "AnalyticalReport" WHERE "status" = 'approved') THEN
    RAISE EXCEPTION '% cannot be truncated: an approved AnalyticalReport is immutable', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "AnalyticalReport_no_truncate" BEFORE TRUNCATE ON "AnalyticalReport"
  FOR EACH STATEMENT EXECUTE FUNCTION "approved_report_no_truncate"();
CREATE TRIGGER "ReportOrder_no_truncate" BEFORE TRUNCATE ON "ReportOrder"
  FOR EACH STATEMENT EXECUTE FUNCTION "approved_report_no_truncate"();
