#!/usr/bin/env bash
# Creates or updates the application's runtime database role with
# scripts/sql/runtime-role.sql (decision 079). Run it as the owner, after
# `prisma migrate deploy`, on every release:
#
#   MIGRATE_DATABASE_URL=postgresql://opora@db/opora scripts/db-runtime-role.sh opora_app
#
# The connection is MIGRATE_DATABASE_URL, else DATABASE_URL (the owner's URL
# either way); the role is the argument, else OPORA_DB_RUNTIME_ROLE. With
# OPORA_DB_RUNTIME_PASSWORD set the role's password is (re)set to it.
# Needs psql. Exit code non-zero on any failure; nothing changes then.
set -euo pipefail

url="${MIGRATE_DATABASE_URL:-${DATABASE_URL:-}}"
[ -n "$url" ] || { echo "db-runtime-role: set MIGRATE_DATABASE_URL (or DATABASE_URL) to the owner's URL" >&2; exit 2; }
role="${1:-${OPORA_DB_RUNTIME_ROLE:-}}"
[ -n "$role" ] || { echo "usage: scripts/db-runtime-role.sh ROLE (or OPORA_DB_RUNTIME_ROLE)" >&2; exit 2; }

here="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/lib/libpq-url.sh
source "$here/lib/libpq-url.sh"

sql="$(cd "$here/sql" && pwd)/runtime-role.sql"
# psql meta-command quoting: backslashes and quotes doubled inside '…'.
quote() { local v="${1//\\/\\\\}"; printf "'%s'" "${v//\'/\'\'}"; }
# The password goes through stdin, not the command line (visible to `ps`).
{
  [ -n "${OPORA_DB_RUNTIME_PASSWORD:-}" ] && printf '\\set password %s\n' "$(quote "$OPORA_DB_RUNTIME_PASSWORD")"
  printf '\\i %s\n' "$(quote "$sql")"
} | PGAPPNAME=opora-db-runtime-role psql --dbname="$(libpq_url "$url")" --no-psqlrc --quiet \
      -v ON_ERROR_STOP=1 -v role="$role" -f -
