import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { REPO_ROOT } from '../core/config.js';
import { MAX_REQUEST_BODY_BYTES } from '../core/bestanden.js';
import { SUBGRAPHS } from '../subgraphs/registry.js';

/**
 * The production shape (docker-compose.yml, Dockerfile, deploy/): static checks that always run, and a smoke test
 * that brings the whole composition up when a container engine answers.
 */
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; target?: string };
  command?: string[];
  entrypoint?: string[];
  restart?: string;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  deploy?: { replicas?: number };
  networks?: string[];
}

interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { internal?: boolean; ipam?: { config: { subnet: string }[] } }>;
}

// `merge`: the file shares settings through YAML merge keys (`<<: *api`), which docker compose resolves too.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
const services = Object.entries(compose.services);
const dockerfile = read('Dockerfile');
const webConf = read('deploy/nginx/web.conf') + read('deploy/nginx/app.conf');
const lbConf = read('deploy/nginx/subgraphs.conf');
const isNode = (service: Service) => service.build?.target === 'api';
/** `${NAME:-default}` as docker compose would fill it in without NAME set. */
const withDefaults = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('gives every service a health check and a restart policy', () => {
    assert.ok(services.length >= 6);
    for (const [name, service] of services) {
      assert.ok(service.healthcheck?.test?.length, `${name} has a health check`);
      assert.equal(service.restart, 'unless-stopped', `${name} restarts`);
    }
  });

  it('runs every subgraph of the registry as its own service, catalog with two replicas', () => {
    for (const definition of SUBGRAPHS) {
      const service = compose.services[definition.name];
      assert.ok(service, `a service for subgraph ${definition.name}`);
      assert.deepEqual(service.command, ['node', 'server/dist/bin/subgraph.js', definition.name]);
      assert.equal(service.environment?.PORT, String(definition.port));
      assert.match(service.healthcheck!.test!.join(' '), new RegExp(`127\\.0\\.0\\.1:${definition.port}/readyz`), `${definition.name} is healthy when ready`);
    }
    assert.equal(compose.services.catalog?.deploy?.replicas, 2);
  });

  it('runs every Node service in production with the shared, required AUTH_SECRET', () => {
    const nodeServices = services.filter(([, s]) => isNode(s));
    assert.ok(nodeServices.length >= 3);
    for (const [name, service] of nodeServices) {
      assert.equal(service.environment?.NODE_ENV, 'production', `${name} runs in production`);
      assert.match(service.environment?.AUTH_SECRET ?? '', /^\$\{AUTH_SECRET:\?/, `${name} refuses to start without AUTH_SECRET`);
      assert.match(service.healthcheck!.test!.join(' '), /\/(readyz|healthz)/);
    }
    assert.match(dockerfile, /FROM node:\S+ AS api\b[\s\S]*ENV NODE_ENV=production/);
  });

  it('reaches the subgraphs through the load balancer, and the gateway has its database, origins and proxies', () => {
    const gateway = compose.services.gateway!;
    const entries = Object.fromEntries(gateway.environment!.SUBGRAPHS!.split(',').map((pair) => pair.split('=')));
    for (const definition of SUBGRAPHS) {
      const url = new URL(entries[definition.name] ?? assert.fail(`SUBGRAPHS names ${definition.name}`));
      assert.equal(url.hostname, 'subgraph-lb');
      assert.match(lbConf, new RegExp(`listen ${url.port};[\\s\\S]*?proxy_pass http://${definition.name};`), `subgraph-lb serves ${definition.name} on ${url.port}`);
      assert.match(lbConf, new RegExp(`server ${definition.name}:${definition.port} resolve`), `subgraph-lb follows every ${definition.name} replica`);
    }
    assert.ok(gateway.environment!.DATABASE_URL?.startsWith('postgres://'));
    assert.ok(gateway.environment!.CORS_ORIGINS);
    assert.equal(gateway.environment!.TRUSTED_DOCUMENTS, 'browser', 'the browser apps run only their own operations');
    for (const app of ['web', 'admin']) {
      assert.match(dockerfile, new RegExp(`COPY --from=build /app/${app}/src/__generated__/persisted-documents.json`), `the gateway image has the ${app} manifest`);
    }
    const edgeSubnet = compose.networks.edge?.ipam?.config[0]?.subnet ?? assert.fail('the edge network has a fixed subnet');
    assert.equal(gateway.environment!.TRUSTED_PROXIES, edgeSubnet, 'the gateway trusts exactly the network nginx talks to it from');
    assert.deepEqual(compose.services.web?.networks, ['edge']);
    assert.deepEqual(gateway.networks?.sort(), ['backend', 'edge']);
    assert.equal(compose.networks.backend?.internal, true);
    for (const [name, service] of services) {
      if (name !== 'web') assert.equal((service as { ports?: unknown }).ports, undefined, `${name} publishes no port: nginx is the only way in`);
    }
  });

  it('serves web and admin as built files from nginx, never with vite preview', () => {
    for (const [name, service] of services) {
      const commandLine = [...(service.entrypoint ?? []), ...(service.command ?? [])].join(' ');
      assert.doesNotMatch(commandLine, /vite/, `${name} does not run vite`);
    }
    assert.doesNotMatch(dockerfile, /vite\s+preview/);
    assert.equal(compose.services.web?.build?.target, 'web');
    assert.match(dockerfile, /FROM nginx:\S+ AS web\b[\s\S]*COPY --from=build \/app\/web\/dist [\s\S]*COPY --from=build \/app\/admin\/dist /);
    assert.match(dockerfile, /npm run build:apps/);
    for (const target of services.map(([, s]) => s.build?.target).filter(Boolean)) {
      assert.match(dockerfile, new RegExp(`^FROM \\S+ AS ${target}$`, 'm'), `the Dockerfile has the target ${target}`);
    }
  });
});

describe('nginx', () => {
  it('proxies /graphql, /bestanden/ and /export/ to the gateway with the client address', () => {
    const location = /location ~ \^\/\(graphql\$\|bestanden\/\|export\/\) \{([^}]*)\}/.exec(webConf)?.[1] ?? assert.fail('a location for /graphql, /bestanden/ and /export/');
    assert.match(location, /proxy_pass http:\/\/gateway;/);
    assert.match(location, /proxy_set_header X-Forwarded-For \$remote_addr;/);
    assert.match(location, /proxy_set_header X-Request-Id \$request_id;/);
    assert.match(webConf, /server gateway:4000 resolve;/);
    assert.match(webConf, /try_files \$uri \/index\.html;/, 'client-side routes get the app');
  });

  it('lets an addDownload of the largest allowed file through to the subgraph', () => {
    for (const conf of [webConf, lbConf]) {
      const megabytes = Number(/client_max_body_size (\d+)m;/.exec(conf)?.[1]);
      assert.ok(megabytes * 1024 * 1024 >= MAX_REQUEST_BODY_BYTES, `client_max_body_size ${megabytes}m >= ${MAX_REQUEST_BODY_BYTES} bytes`);
    }
  });
});

describe('deploy/router (Hive Router instead of the Node gateway)', () => {
  it('routes every subgraph and passes the signed caller headers on', () => {
    const router = parse(read('deploy/router/router.config.yaml')) as {
      supergraph: { source: string; path: string };
      override_subgraph_urls: { subgraphs: Record<string, { url: string }> };
      headers: { all: { request: { propagate?: { named: string[] } }[] } };
      coprocessor?: { url: string };
    };
    assert.equal(router.supergraph.source, 'file');
    for (const definition of SUBGRAPHS) assert.ok(router.override_subgraph_urls.subgraphs[definition.name]?.url, `a URL for ${definition.name}`);
    const propagated = router.headers.all.request.flatMap((rule) => rule.propagate?.named ?? []);
    assert.ok(propagated.includes('x-caller') && propagated.includes('x-caller-signature'));
    assert.ok(router.coprocessor?.url, 'a coprocessor signs the caller');
  });
});

const run = promisify(execFile);

async function containerEngine(): Promise<string | null> {
  try {
    await run('docker', ['info'], { timeout: 20_000 });
  } catch (error) {
    return `docker info failed (${firstLine(error)})`;
  }
  try {
    await run('docker', ['compose', 'version'], { timeout: 20_000 });
  } catch (error) {
    return `docker compose is not installed (${firstLine(error)})`;
  }
  return null;
}

const firstLine = (error: unknown) => String((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n').pop();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Decided before the tests are declared: jest can only skip a test it has not started.
const missingEngine = await containerEngine();
if (missingEngine) console.warn(`docker compose smoke test skipped: no container engine here: ${missingEngine}`);

describe('docker compose smoke test', () => {
  (missingEngine ? it.skip : it)('comes up healthy and answers a query through nginx', async () => {
    const project = `igsmoke${randomBytes(3).toString('hex')}`;
    const [webPort, adminPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env,
      AUTH_SECRET: randomBytes(32).toString('hex'),
      WEB_PORT: String(webPort),
      ADMIN_PORT: String(adminPort),
      // Its own edge network, so it cannot clash with a composition already running on this machine.
      EDGE_SUBNET: `172.31.${Math.floor(Math.random() * 250)}.0/28`,
    };
    const compose = (...args: string[]) =>
      run('docker', ['compose', '-p', project, '-f', path.join(REPO_ROOT, 'docker-compose.yml'), ...args], { env, cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 25 * 60_000 });
    try {
      await compose('up', '--detach', '--build', '--wait', '--wait-timeout', '900');
      const response = await fetch(`http://127.0.0.1:${webPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ kenmerkCategorieen(gids: EVA) { code } gemeenten(regioCode: "AM18") { code } }' }),
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { data?: { kenmerkCategorieen: unknown[]; gemeenten: unknown[] } };
      assert.ok(body.data?.kenmerkCategorieen.length, JSON.stringify(body));
      assert.ok(body.data?.gemeenten.length, 'reference data is seeded in production too');
      const { stdout } = await compose('ps', '--format', 'json');
      // One JSON object per line (compose 2.21+) or one array (older).
      const containers = (stdout.trim().startsWith('[') ? JSON.parse(stdout) : stdout.trim().split('\n').map((line) => JSON.parse(line))) as { Service: string }[];
      assert.equal(containers.filter((c) => c.Service === 'catalog').length, 2);
    } finally {
      await compose('down', '--volumes', '--remove-orphans', '--timeout', '30').catch((error: unknown) => console.warn(`compose down failed: ${firstLine(error)}`));
    }
  }, 30 * 60_000);
});
