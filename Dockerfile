# One build, three images (docker-compose.yml picks the target):
#   api          gateway and subgraphs (the service's command chooses which), Node, NODE_ENV=production
#   web          nginx with the built web and admin apps; proxies /graphql and /bestanden/ to the gateway
#   subgraph-lb  nginx in front of the subgraph replicas
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY ui/package.json ui/
COPY web/package.json web/
COPY admin/package.json admin/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:apps && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS api
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/node_modules ./server/node_modules
COPY --from=build /app/server/dist ./server/dist
# The reference data the catalog seeds from is read next to the sources, not compiled in.
COPY --from=build /app/server/src/subgraphs/catalog/seed/data ./server/src/subgraphs/catalog/seed/data
# The apps' operations, which the gateway alone lets the browser apps run (TRUSTED_DOCUMENTS=browser).
COPY --from=build /app/web/src/__generated__/persisted-documents.json ./web/src/__generated__/
COPY --from=build /app/admin/src/__generated__/persisted-documents.json ./admin/src/__generated__/
# A new named volume mounted here takes this owner, so the catalog (user node) can write downloads.
RUN mkdir -p /bestanden && chown node:node /bestanden
USER node
CMD ["node", "server/dist/bin/gateway.js"]

FROM nginx:1.28-alpine AS subgraph-lb
COPY deploy/nginx/subgraphs.conf /etc/nginx/conf.d/default.conf

FROM nginx:1.28-alpine AS web
COPY deploy/nginx/app.conf /etc/nginx/snippets/app.conf
COPY deploy/nginx/web.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/web
COPY --from=build /app/admin/dist /usr/share/nginx/admin
