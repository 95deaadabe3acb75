#!/bin/sh
# Entry point of the Docker image (see Dockerfile).
#   start    (default) `prisma migrate deploy` unless OPORA_MIGRATE_ON_START=0, then `next start`
#   migrate  only `prisma migrate deploy` (run once per release, before the instances)
#   seed     the demo data (idempotent)
#   anything else is executed as given (e.g. `sh`)
#
# Migrations connect with MIGRATE_DATABASE_URL when it is set (the owner of the
# tables), else with DATABASE_URL; the app always uses DATABASE_URL. With
# OPORA_DB_RUNTIME_ROLE set, the migrate step then runs scripts/db-runtime-role.sh
# on the same URL, so the runtime role's grants follow the new schema (decision 079).
set -eu
cmd="${1:-start}"

# Prisma Migrate serialises concurrent runs with an advisory lock, but a run
# that waits for it over 10 s fails: several containers starting at once retry.
migrate() {
  : "${DATABASE_URL:?DATABASE_URL is not set}"
  url="${MIGRATE_DATABASE_URL:-$DATABASE_URL}"
  attempt=1
  # prisma.config.ts and the schema's datasource read DATABASE_URL.
  until DATABASE_URL="$url" node_modules/.bin/prisma migrate deploy; do
    [ "$attempt" -ge 5 ] && { echo "prisma migrate deploy failed $attempt times" >&2; exit 1; }
    attempt=$((attempt + 1))
    sleep 3
  done
  if [ -n "${OPORA_DB_RUNTIME_ROLE:-}" ]; then
    MIGRATE_DATABASE_URL="$url" bash scripts/db-runtime-role.sh "$OPORA_DB_RUNTIME_ROLE"
  fi
}
case "$cmd" in
  start)
    : "${DATABASE_URL:?DATABASE_URL is not set}"
    [ -n "${AUTH_SECRET:-}" ] || { echo "AUTH_SECRET is not set (the same on every instance)" >&2; exit 1; }
    if [ "${OPORA_MIGRATE_ON_START:-1}" = "1" ]; then migrate; fi
    exec node_modules/.bin/next start -H 0.0.0.0 -p "${PORT:-3000}"
    ;;
  migrate)
    # The app's URL is not needed to migrate: the owner's is enough.
    DATABASE_URL="${DATABASE_URL:-${MIGRATE_DATABASE_URL:-}}"
    migrate ;;
  seed)
    : "${DATABASE_URL:?DATABASE_URL is not set}"
    exec node_modules/.bin/tsx prisma/seed/index.ts --once ;;
  *) exec "$@" ;;
esac
