// Browser tests drive Debian's Chromium (browser downloads fail on this machine kind).
// Installs it when missing and we are root; otherwise says how. Its German locale (dates in date
// inputs as TT.MM.JJJJ, as users see them) comes with chromium-l10n, installed alongside.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const germanLocale = '/usr/lib/chromium/locales/de.pak';
const isRoot = process.getuid?.() === 0;

function aptInstall(packages) {
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
    { stdio: 'inherit' },
  );
}

if (!existsSync(chromium)) {
  if (!isRoot) {
    process.stderr.write(
      `Chromium is missing at ${chromium}: run "sudo apt-get install -y chromium chromium-l10n".\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian chromium for the browser tests…\n');
  aptInstall('chromium chromium-l10n');
} else if (!existsSync(germanLocale) && isRoot) {
  // Optional: without it the tests still pass, but date inputs show the English format.
  try {
    aptInstall('chromium-l10n');
  } catch {
    process.stdout.write('chromium-l10n not installed: date inputs stay in English format.\n');
  }
}
