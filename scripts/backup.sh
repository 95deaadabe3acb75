#!/usr/bin/env bash
# Backup of Опора: the database (pg_dump custom format) and the evidence files.
#
#   DATABASE_URL=postgresql://… scripts/backup.sh [OUT_DIR]
#
# Writes into OUT_DIR (default $OPORA_BACKUP_DIR, else ./backups), with one UTC
# timestamp for the set:
#   opora-db-<ts>.dump          pg_dump -Fc of DATABASE_URL (schema, data, triggers, grants)
#   opora-files-<ts>.tar.gz     the files under OPORA_FILES_DIR (default $OPORA_DATA_DIR/files);
#                               skipped with OPORA_STORAGE=s3 (back the bucket up on the store:
#                               versioning + replication, or `aws s3 sync` / `mc mirror`)
#   opora-<ts>.sha256           checksums of both
# The dump is taken first: a file is stored before its database row is committed
# (lib/files/upload.ts), so every file the dump refers to is already on disk when
# the archive is made; the archive may hold a few newer, unreferenced files.
# OPORA_BACKUP_KEEP_DAYS=N deletes sets older than N days from OUT_DIR afterwards.
# Restore with scripts/restore.sh. Exit code non-zero on any failure.
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL is not set}"
out_dir="${1:-${OPORA_BACKUP_DIR:-./backups}}"
mkdir -p "$out_dir"
ts="$(date -u +%Y%m%dT%H%M%SZ)"

# shellcheck source=scripts/lib/libpq-url.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/libpq-url.sh"

db_file="$out_dir/opora-db-$ts.dump"
echo "backup: database → $db_file"
# Write to a temporary name: a crashed run never leaves a file that looks complete.
pg_dump --format=custom --compress=6 --file="$db_file.partial" --dbname="$(libpq_url "$DATABASE_URL")"
mv "$db_file.partial" "$db_file"
sums=("$(basename "$db_file")")

if [ "${OPORA_STORAGE:-local}" = "s3" ]; then
  echo "backup: OPORA_STORAGE=s3 — files are in bucket ${S3_BUCKET:-?}; back it up on the store"
else
  files_dir="${OPORA_FILES_DIR:-${OPORA_DATA_DIR:-.data}/files}"
  files_archive="$out_dir/opora-files-$ts.tar.gz"
  if [ -d "$files_dir" ]; then
    echo "backup: files $files_dir → $files_archive"
    # Unfinished uploads (*.tmp, renamed away when complete) are left out.
    tar -C "$files_dir" --exclude='*.tmp' -czf "$files_archive.partial" .
    mv "$files_archive.partial" "$files_archive"
    sums+=("$(basename "$files_archive")")
  else
    echo "backup: no files directory at $files_dir — nothing to archive"
  fi
fi

(cd "$out_dir" && sha256sum "${sums[@]}" >"opora-$ts.sha256")
echo "backup: checksums → $out_dir/opora-$ts.sha256"

if [ -n "${OPORA_BACKUP_KEEP_DAYS:-}" ]; then
  find "$out_dir" -maxdepth 1 -type f -name 'opora-*' -mtime "+$OPORA_BACKUP_KEEP_DAYS" -print -delete
fi
echo "backup: done ($ts)"
