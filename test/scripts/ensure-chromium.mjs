// Browser tests drive Debian's Chromium (browser downloads fail on this machine kind).
// Installs it when missing and we are root; otherwise says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `Chromium is missing at ${chromium}: run "sudo apt-get install -y chromium".\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian chromium for the browser tests…\n');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}
