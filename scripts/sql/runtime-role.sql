-- The application's runtime database role: it reads and writes the data but
-- owns nothing, so it cannot change the schema, disable or drop the audit
-- log's triggers, or rewrite the audit log (decision 079).
--
--   psql "$OWNER_URL" -v role=opora_app [-v password=…] [-v schema=public] \
--        -f scripts/sql/runtime-role.sql
--   (or scripts/db-runtime-role.sh, which takes the URL and role from the environment)
--
-- Run it as the role that owns the tables (the one `prisma migrate deploy`
-- uses), AFTER the migrations, and again after every release's migrations.
-- It is idempotent: each run converges the role's privileges to exactly
--   * LOGIN; CONNECT on this database; USAGE (not CREATE) on the schema;
--   * SELECT, INSERT, UPDATE, DELETE on every table of the schema, except
--     "AuditLog": SELECT and INSERT only, and "_prisma_migrations": SELECT only;
--     never TRUNCATE, REFERENCES or TRIGGER;
--   * USAGE, SELECT on every sequence (nextval for identity columns);
--   * default privileges of the table owner in the schema, so tables and
--     sequences that later migrations create are covered before the next run.
-- Default privileges cannot exclude a table: a migration that recreated
-- "AuditLog" would give it the full set, which the next run narrows again.
-- The run ends by checking the outcome (has_table_privilege, which also counts
-- grants to PUBLIC and to roles the runtime role belongs to) and fails if the
-- role could update, delete or truncate the audit log, or is or belongs to the
-- owner. Everything happens in one transaction: on any error nothing changes.
--
-- Creating the role (first run) or setting its password needs CREATEROLE (or a
-- superuser); if the owner has neither, let an administrator create it
-- (`CREATE ROLE opora_app LOGIN PASSWORD '…'`) and run this script as the owner.

\set ON_ERROR_STOP on
\if :{?role}
\else
  \echo 'runtime-role.sql: name the role: psql -v role=opora_app -f scripts/sql/runtime-role.sql'
  SELECT 1 / 0 AS "role not given";
\endif
\if :{?schema}
\else
  \set schema public
\endif

BEGIN;
-- Several instances starting at once may run it together: one at a time.
SELECT pg_advisory_xact_lock(hashtext('opora.runtime-role')) \gset opora_lock_

-- psql does not interpolate variables inside $$ bodies: hand them over as settings.
SELECT set_config('opora.runtime_role', :'role', true) AS role, set_config('opora.schema', :'schema', true) AS schema \gset opora_

DO $$
DECLARE
  app text := current_setting('opora.runtime_role');
  sch text := current_setting('opora.schema');
  audit regclass := to_regclass(format('%I.%I', current_setting('opora.schema'), 'AuditLog'));
  owner name;
BEGIN
  IF audit IS NULL OR to_regclass(format('%I.%I', sch, '_prisma_migrations')) IS NULL THEN
    RAISE EXCEPTION 'no %.AuditLog or %._prisma_migrations: run `prisma migrate deploy` first', sch, sch;
  END IF;
  SELECT pg_get_userbyid(c.relowner) INTO owner FROM pg_class c WHERE c.oid = audit;
  IF NOT pg_has_role(current_user, owner, 'USAGE') THEN
    RAISE EXCEPTION 'run this script as the owner of the tables (%), not as %', owner, current_user;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', app);
    RAISE NOTICE 'created role %', app;
  ELSIF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = app) THEN
    EXECUTE format('ALTER ROLE %I LOGIN', app);
  END IF;
  IF (SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = app) THEN
    RAISE EXCEPTION 'role % is a superuser or may create roles or databases: the runtime role must be a plain role', app;
  END IF;
  -- A member of the owner (or the owner itself) has the owner's rights whatever is granted.
  IF pg_has_role(app, owner, 'MEMBER') THEN
    RAISE EXCEPTION 'role % is, or is a member of, the owner % of the tables: use a separate role', app, owner;
  END IF;
END
$$;

\if :{?password}
ALTER ROLE :"role" PASSWORD :'password';
\endif

SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'role') \gexec
GRANT USAGE ON SCHEMA :"schema" TO :"role";
REVOKE CREATE ON SCHEMA :"schema" FROM :"role";

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"role";
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA :"schema" FROM :"role";
-- The audit log is append-only (its triggers refuse UPDATE, DELETE and
-- TRUNCATE too; only the owner could disable them).
REVOKE UPDATE, DELETE ON :"schema"."AuditLog" FROM :"role";
-- The migration history is the owner's.
REVOKE INSERT, UPDATE, DELETE ON :"schema"."_prisma_migrations" FROM :"role";

GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"role";
REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA :"schema" FROM :"role";

-- For what later migrations create: default privileges of the tables' owner.
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
              pg_get_userbyid(c.relowner), :'schema', :'role'),
       format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
              pg_get_userbyid(c.relowner), :'schema', :'role')
FROM pg_class c WHERE c.oid = format('%I.%I', :'schema', 'AuditLog')::regclass \gexec

-- Check the outcome, counting every way a privilege can reach the role.
DO $$
DECLARE
  app text := current_setting('opora.runtime_role');
  sch text := current_setting('opora.schema');
  audit text := format('%I.%I', current_setting('opora.schema'), 'AuditLog');
  tables int;
BEGIN
  IF NOT (has_table_privilege(app, audit, 'SELECT') AND has_table_privilege(app, audit, 'INSERT')) THEN
    RAISE EXCEPTION 'role % cannot read or append to %', app, audit;
  END IF;
  IF has_table_privilege(app, audit, 'UPDATE') OR has_table_privilege(app, audit, 'DELETE')
     OR has_table_privilege(app, audit, 'TRUNCATE') OR has_any_column_privilege(app, audit, 'UPDATE') THEN
    RAISE EXCEPTION 'role % may still update, delete or truncate % (a grant to PUBLIC or to a role it belongs to?)', app, audit;
  END IF;
  IF has_schema_privilege(app, sch, 'CREATE') THEN
    RAISE WARNING 'role % may create objects in schema % (granted to PUBLIC?): consider REVOKE CREATE ON SCHEMA % FROM PUBLIC', app, sch, sch;
  END IF;
  SELECT count(*) INTO tables FROM pg_tables t
  WHERE t.schemaname = sch AND has_table_privilege(app, format('%I.%I', t.schemaname, t.tablename), 'UPDATE');
  RAISE NOTICE 'runtime role %: read/write on % tables of schema %, % append-only, _prisma_migrations read-only', app, tables, sch, audit;
END
$$;

COMMIT;
