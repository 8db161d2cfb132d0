import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/server';

// The deployment files checked offline (no Docker engine in CI): their structure, and that they
// agree with what the app reads. `docker-compose config` and `nginx -t` are run by hand (README).

type Healthcheck = { test: string[] | string; interval?: string };
type DependsOn = Record<string, { condition: string }>;
type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  healthcheck?: Healthcheck;
  restart?: string;
  depends_on?: DependsOn;
  volumes?: string[];
  ports?: string[];
  init?: boolean;
  stop_grace_period?: string;
};
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> };

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
const APPS = ['app1', 'app2'];

/** Every variable the configuration reads: `env.NAME`, and `int('NAME', …)` / `intOf(env, 'NAME', …)`. */
function variablesTheAppReads(): string[] {
  const folder = join(ROOT, 'server/src/config');
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => !name.endsWith('.spec.ts'))) {
    const source = readFileSync(join(folder, file), 'utf8');
    for (const match of source.matchAll(
      /env\.([A-Z][A-Z0-9_]+)|\(\s*(?:env,\s*)?'([A-Z][A-Z0-9_]+)'/g,
    )) {
      names.add(match[1] ?? match[2]);
    }
  }
  return [...names].sort();
}

/** The Dockerfile's stages: the FROM line and the instructions after it. */
function dockerStages(): Array<{ from: string; lines: string[] }> {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Array<{ from: string; lines: string[] }> = [];
  for (const line of lines) {
    if (/^FROM /i.test(line)) stages.push({ from: line, lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

describe('deployment files', () => {
  it('should build in stages and run as a non-root user with production dependencies only', () => {
    const stages = dockerStages();
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runtime = stages.at(-1)!;
    const text = runtime.lines.join('\n');
    const user = /^USER\s+(\S+)/m.exec(text)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(text).toMatch(/NODE_ENV=production/);
    expect(text).toMatch(/^EXPOSE\s+3000/m);
    expect(text).toMatch(/^HEALTHCHECK .*\/api\/health/m);
    expect(text).toMatch(/COPY --from=\S+ \/app\/client\/dist client\/dist/);
    expect(text).toMatch(/^CMD \["node", "server\/dist\/main\.js"\]/m);
    // The runtime's node_modules come from a stage that installed without dev dependencies.
    const source = /COPY --from=(\S+) \/app \.\//.exec(text)?.[1];
    const deps = stages.find((stage) => stage.from.endsWith(` AS ${source}`));
    expect(deps?.lines.join('\n')).toMatch(/npm ci --omit=dev/);
    // sqlite3's compiled binary needs the same libc: one Debian release for all stages.
    const releases = new Set(
      stages.map((stage) => /bookworm|bullseye|alpine|trixie/.exec(stage.from)?.[0]),
    );
    expect([...releases]).toEqual(['bookworm']);
  });

  it('should keep local builds, databases and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of [
      '**/node_modules',
      '**/dist',
      '.git',
      '.env',
      '**/*.sqlite',
      'private-builds',
    ]) {
      expect(ignored).toContain(entry);
    }
  });

  it('should run two app instances on PostgreSQL and Redis, each with a health check', () => {
    const { services } = compose;
    for (const name of APPS) {
      const app = services[name];
      expect(app.healthcheck?.test).toEqual(
        expect.arrayContaining([expect.stringContaining('/api/health')]),
      );
      expect(app.restart).toBe('unless-stopped');
      expect(app.init).toBe(true);
      const env = app.environment ?? {};
      expect(env).toMatchObject({
        HOST: '0.0.0.0',
        TRUST_PROXY: '1',
        REDIS_URL: 'redis://redis:6379',
      });
      expect(String(env.DATABASE_URL)).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      // From the environment or an .env file, never written into the compose file.
      expect(String(env.ADMIN_PASSWORD)).toMatch(/^\$\{ADMIN_PASSWORD:\?/);
      expect(app.depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
      // No port of its own: every request goes through the proxy.
      expect(app.ports).toBeUndefined();
    }
    expect(services.app2.depends_on?.app1).toEqual({ condition: 'service_healthy' });
    for (const name of ['postgres', 'redis', 'proxy']) {
      expect(services[name].healthcheck?.test).toBeDefined();
      expect(services[name].restart).toBe('unless-stopped');
    }
  });

  it('should keep data in named volumes that are declared', () => {
    const mounts = Object.values(compose.services).flatMap((service) => service.volumes ?? []);
    const named = mounts
      .map((mount) => mount.split(':')[0])
      .filter((source) => !source.startsWith('.'));
    expect(new Set(named)).toEqual(new Set(['postgres-data', 'redis-data', 'backups']));
    expect(Object.keys(compose.volumes).sort()).toEqual(['backups', 'postgres-data', 'redis-data']);
  });

  it("should give the backups volume a folder the app's user owns", () => {
    // A new named volume takes over the owner of the image's folder it is mounted on.
    const runtime = dockerStages().at(-1)!.lines.join('\n');
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1] ?? '';
    for (const name of APPS) {
      const dir = String(compose.services[name].environment?.BACKUP_DIR);
      expect(compose.services[name].volumes).toContain(`backups:${dir}`);
      expect(runtime).toContain(`mkdir -p ${dir} && chown -R ${user}:${user} /data`);
      expect(dir.startsWith('/data/')).toBe(true);
    }
  });

  it('should set only variables the app reads, and the README should explain each of them', () => {
    const known = variablesTheAppReads();
    expect(known).toEqual(
      expect.arrayContaining(['HOST', 'TRUST_PROXY', 'LOG_LEVEL', 'DATABASE_URL']),
    );
    for (const name of APPS) {
      const unknown = Object.keys(compose.services[name].environment ?? {}).filter(
        (variable) => !known.includes(variable),
      );
      expect(unknown).toEqual([]);
    }
    const readme = read('README.md');
    const table = readme.slice(
      readme.indexOf('### Configuration'),
      readme.indexOf('\n## ', readme.indexOf('### Configuration')),
    );
    expect(known.filter((variable) => !table.includes(`\`${variable}\``))).toEqual([]);
  });

  it('should proxy both instances, carry websockets and keep a socket on one instance', () => {
    const proxy = compose.services.proxy;
    expect(proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(proxy.depends_on).toEqual({
      app1: { condition: 'service_healthy' },
      app2: { condition: 'service_healthy' },
    });
    const conf = read('deploy/nginx.conf').replace(/#.*$/gm, '');
    const upstream = (name: string) =>
      new RegExp(`upstream ${name} \\{([^}]*)\\}`).exec(conf)?.[1] ?? '';
    for (const name of ['app_http', 'app_live']) {
      expect(upstream(name)).toMatch(/server app1:3000/);
      expect(upstream(name)).toMatch(/server app2:3000/);
    }
    // socket.io polls before it upgrades: every request of a socket must reach one instance.
    expect(upstream('app_live')).toMatch(/ip_hash;/);
    expect(conf).toMatch(/location \/socket\.io\/ \{[^}]*proxy_pass http:\/\/app_live;/);
    expect(conf).toMatch(/proxy_http_version 1\.1;/);
    expect(conf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(conf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(conf).toMatch(/map \$http_upgrade \$connection_upgrade \{[^}]*default upgrade;/);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    // Set once for the server: a location with its own proxy_set_header would drop these.
    const locations = conf.match(/location [^{]*\{[^}]*\}/g) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const location of locations) expect(location).not.toMatch(/proxy_set_header/);
  });
});
