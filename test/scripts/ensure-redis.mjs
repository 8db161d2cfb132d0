// The two-instance test (test/e2e/two-instances.spec.ts, PostgreSQL run) starts a throwaway
// redis-server of Debian's package on a free loopback port (test/support/redis.ts).
// Installs the package when it is missing and we are root; otherwise says how.
import { execSync } from 'node:child_process';

function installed() {
  try {
    execSync('command -v redis-server', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!installed()) {
  if (process.getuid?.() !== 0) {
    process.stderr.write('redis-server is missing: run "sudo apt-get install -y redis-server".\n');
    process.exit(1);
  }
  process.stdout.write('Installing Debian redis-server for the two-instance test…\n');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server',
    { stdio: 'inherit' },
  );
}
