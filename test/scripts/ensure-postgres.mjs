// The PostgreSQL e2e run (jest.pg.config.js) and the drift and backup tests start a throwaway
// cluster of Debian's PostgreSQL in a temp folder, unless DATABASE_URL_PG names a server.
// Installs the package when it is missing and we are root; otherwise says how.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const root = '/usr/lib/postgresql';
const installed =
  existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`));

if (!installed && !process.env.DATABASE_URL_PG) {
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      'PostgreSQL is missing: run "sudo apt-get install -y postgresql" or set DATABASE_URL_PG.\n',
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian postgresql for the PostgreSQL tests…\n');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql',
    { stdio: 'inherit' },
  );
}
