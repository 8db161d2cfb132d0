# Mehrheitsplaner: the built app (API, socket.io and the client) in one image.
#   docker build -t mehrheitsplaner .
#   docker run -p 3000:3000 -e ADMIN_PASSWORD=… -v council-data:/data mehrheitsplaner
# sqlite3 is a native module: it is installed (prebuilt, or compiled with the full image's
# python3/make/g++) on Debian bookworm and runs on bookworm-slim, the same glibc and Node major.
ARG NODE_VERSION=20

# Production dependencies of the server and shared only (no client, test or build tools).
FROM node:${NODE_VERSION}-bookworm AS deps
WORKDIR /app
# All four manifests: npm ci checks the lock file against every workspace.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
RUN npm ci --omit=dev --workspace=server --workspace=shared --no-audit --no-fund

# Everything, to build shared, the server and the client.
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY shared shared
COPY server server
COPY client client
RUN npm run build --workspace=shared \
  && npm run build --workspace=server \
  && npm run build --workspace=client

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# pg_dump/pg_restore for `node server/dist/cli/backup.js` on PostgreSQL (Debian 12: version 15,
# so the database server must not be newer than 15).
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=3000 \
  DATABASE_URL=sqlite:/data/council.sqlite \
  BACKUP_DIR=/data/backups
WORKDIR /app
# Owned by root and read-only for the app's user: the process cannot change its own code.
COPY --from=deps /app ./
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# SQLite's file and the backups; mount a volume here (compose mounts its backups volume).
RUN mkdir -p /data/backups && chown -R node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node gets SIGTERM itself and shuts down gracefully (up to 25 s).
CMD ["node", "server/dist/main.js"]
