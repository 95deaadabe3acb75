#!/usr/bin/env bash
# `npm run check:s3`: the storage contract test (tests/unit/storage-contract.test.ts)
# against moto_server, an S3-compatible server that verifies SigV4 signatures when
# started with INITIAL_NO_AUTH_ACTION_COUNT (moto ships with Python: `moto_server`).
# Without moto, point S3_TEST_ENDPOINT and S3_TEST_* at any S3-compatible store and run
#   npx vitest run --project unit tests/unit/storage-contract.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
command -v moto_server >/dev/null || { echo "moto_server не найден (pip install 'moto[server]')" >&2; exit 2; }
port="${S3_CHECK_PORT:-5299}"
log="$(mktemp)"
# The first three requests (IAM CreateUser, PutUserPolicy, CreateAccessKey) go
# without authentication; every later one must be signed with the created key.
INITIAL_NO_AUTH_ACTION_COUNT=3 moto_server -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 30); do
  curl -s -o /dev/null "http://127.0.0.1:$port/moto-api/" && break
  sleep 0.5
done
keys="$(python3 - "$port" <<'PY'
import json, sys, boto3
iam = boto3.client("iam", endpoint_url=f"http://127.0.0.1:{sys.argv[1]}", region_name="us-east-1",
                   aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam.create_user(UserName="opora")
iam.put_user_policy(UserName="opora", PolicyName="s3", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="opora")["AccessKey"]
print(key["AccessKeyId"], key["SecretAccessKey"])
PY
)"
read -r key_id secret <<<"$keys"
S3_TEST_ENDPOINT="http://127.0.0.1:$port" S3_TEST_ACCESS_KEY_ID="$key_id" S3_TEST_SECRET_ACCESS_KEY="$secret" \
  npx vitest run --project unit tests/unit/storage-contract.test.ts
