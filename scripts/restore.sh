#!/usr/bin/env bash
# Restore of Опора from a set written by scripts/backup.sh.
#
#   scripts/restore.sh [--force] [--files ARCHIVE] DUMP_FILE [TARGET_URL]
#
# DUMP_FILE   opora-db-<ts>.dump (checked against opora-<ts>.sha256 when it lies beside it)
# TARGET_URL  the database to restore into (default DATABASE_URL). It must exist and
#             be EMPTY (no tables, views or sequences outside the system schemas);
#             --force restores over existing objects (pg_restore --clean --if-exists).
# --files     also unpack opora-files-<ts>.tar.gz into OPORA_FILES_DIR (default
#             $OPORA_DATA_DIR/files), which must be empty unless --force.
# One transaction (--single-transaction --exit-on-error): the target gets the
# whole backup or nothing. Objects are owned by the restoring user (--no-owner);
# grants are restored, so the roles they name must exist on the target server.
# Stop the app instances first; run `prisma migrate deploy` after restoring an
# older backup into a newer release.
set -euo pipefail

usage() { echo "usage: $0 [--force] [--files ARCHIVE] DUMP_FILE [TARGET_URL]" >&2; exit 2; }
force=0
files_archive=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=1 ;;
    --files) [ $# -ge 2 ] || usage; files_archive="$2"; shift ;;
    -h | --help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) positional+=("$1") ;;
  esac
  shift
done
[ "${#positional[@]}" -ge 1 ] && [ "${#positional[@]}" -le 2 ] || usage
dump="${positional[0]}"
target="${positional[1]:-${DATABASE_URL:-}}"
[ -n "$target" ] || { echo "restore: no TARGET_URL and DATABASE_URL is not set" >&2; exit 2; }
[ -f "$dump" ] || { echo "restore: $dump not found" >&2; exit 2; }

# shellcheck source=scripts/lib/libpq-url.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/libpq-url.sh"
target="$(libpq_url "$target")"

# Checksums, when the set's .sha256 is beside the dump.
dir="$(dirname "$dump")"
ts="$(basename "$dump" | sed -nE 's/^opora-db-(.*)\.dump$/\1/p')"
if [ -n "$ts" ] && [ -f "$dir/opora-$ts.sha256" ]; then
  (cd "$dir" && sha256sum --check --quiet "opora-$ts.sha256") || { echo "restore: checksum mismatch in $dir/opora-$ts.sha256" >&2; exit 1; }
  echo "restore: checksums match"
fi

objects="$(psql "$target" -XAtq -v ON_ERROR_STOP=1 -c "
  SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p','v','m','S','f')
    AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'
    AND n.nspname NOT LIKE 'pg_temp%'")"
clean=()
if [ "$objects" -gt 0 ]; then
  if [ "$force" -ne 1 ]; then
    echo "restore: the target database is not empty ($objects tables/views/sequences); refusing. Use --force to replace them." >&2
    exit 3
  fi
  echo "restore: --force: replacing $objects existing objects"
  clean=(--clean --if-exists)
fi

echo "restore: $dump → target database"
pg_restore --dbname="$target" --no-owner --single-transaction --exit-on-error "${clean[@]}" "$dump"

if [ -n "$files_archive" ]; then
  files_dir="${OPORA_FILES_DIR:-${OPORA_DATA_DIR:-.data}/files}"
  mkdir -p "$files_dir"
  if [ -n "$(ls -A "$files_dir")" ] && [ "$force" -ne 1 ]; then
    echo "restore: $files_dir is not empty; refusing. Use --force to unpack over it." >&2
    exit 3
  fi
  echo "restore: files $files_archive → $files_dir"
  tar -C "$files_dir" -xzf "$files_archive"
fi
echo "restore: done"
