-- Row triggers do not fire on TRUNCATE: refuse it with a statement trigger, so
-- the audit log stays append-only for every statement the app's role may run.
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
