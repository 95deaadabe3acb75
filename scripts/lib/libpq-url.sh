# Sourced by scripts/backup.sh and scripts/restore.sh.
# libpq accepts postgresql:// URLs but not Prisma's own query parameters.
libpq_url() {
  local url="$1" base query kept=() param
  base="${url%%\?*}"
  [ "$base" = "$url" ] && { printf '%s' "$url"; return; }
  query="${url#*\?}"
  IFS='&' read -r -a params <<<"$query"
  for param in "${params[@]}"; do
    case "${param%%=*}" in
      schema | connection_limit | pool_timeout | pgbouncer | socket_timeout | statement_cache_size | sslaccept) ;;
      *) kept+=("$param") ;;
    esac
  done
  if [ "${#kept[@]}" -gt 0 ]; then (IFS='&'; printf '%s?%s' "$base" "${kept[*]}"); else printf '%s' "$base"; fi
}
