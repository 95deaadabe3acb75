# syntax=docker/dockerfile:1
# Опора: one image for every app instance (README «Развёртывание»).
#
#   docker build -t opora .
#   # optional, to keep server-action ids stable across separately built images:
#   docker build --secret id=next_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY -t opora .
#   docker run --rm -e DATABASE_URL=… opora migrate          # once per release
#   docker run -d -p 3000:3000 -e DATABASE_URL=… -e AUTH_SECRET=… \
#     -e OPORA_MIGRATE_ON_START=0 -v opora-files:/data opora     # each instance
#
# Stages: deps (npm install, prisma generate) → build (next build, then dev
# dependencies pruned) → runtime (non-root `node` user, no build tools).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1
# postinstall runs `prisma generate`, which reads the schema and the config.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/lib ./scripts/lib
# `npm install`, not `npm ci`: the lockfile lacks other platforms' optional binaries (STACK.md).
RUN npm install --no-audit --no-fund && npm cache clean --force

FROM deps AS build
COPY . .
# NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is read at build time and embedded in the
# build output; without the secret Next generates one (the same for every
# container of this image).
RUN --mount=type=secret,id=next_actions_key,required=false \
    if [ -s /run/secrets/next_actions_key ]; then \
      export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(cat /run/secrets/next_actions_key)"; \
    fi; \
    NODE_ENV=production npx next build \
    && npm prune --omit=dev --no-audit --no-fund \
    && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
# pg_dump/pg_restore for scripts/backup.sh and restore.sh (`docker exec … scripts/backup.sh`),
# psql for scripts/db-runtime-role.sh;
# tini reaps children and forwards signals to `next start`.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client tini ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    CHECKPOINT_DISABLE=1 \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    AUTH_TRUST_HOST=true \
    OPORA_DATA_DIR=/data \
    OPORA_FILES_DIR=/data/files
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json /app/next.config.js /app/prisma.config.ts ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/.next ./.next
COPY --from=build --chown=root:root /app/public ./public
COPY --from=build --chown=root:root /app/prisma ./prisma
COPY --from=build --chown=root:root /app/lib/db/generated ./lib/db/generated
COPY --from=build --chown=root:root /app/scripts ./scripts
# The code is root-owned and read-only for the app; only /data is writable.
RUN mkdir -p /data/files && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--", "scripts/docker-entrypoint.sh"]
CMD ["start"]
