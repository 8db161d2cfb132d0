import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthError } from './auth.errors';

/** Twelve characters; four short words with spaces (a passphrase) reach it too. */
export const MIN_PASSWORD_LENGTH = 12;
const MIN_DISTINCT_CHARACTERS = 5;

let commonPasswords: ReadonlySet<string> | undefined;

/** Shipped beside this file (copied into dist by the build); read once, on first use. */
function commonPasswordList(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** "Passwort2024!" and "pass wort" count as the listed "passwort". */
function isCommon(password: string): boolean {
  const compact = password.toLowerCase().replace(/\s+/g, '');
  const stem = compact.replace(/[\d\W_]+$/u, '');
  const list = commonPasswordList();
  return list.has(compact) || (stem.length > 0 && list.has(stem));
}

/** Why a password is too weak for this account, in German; null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.trim() === '') return 'Das Passwort darf nicht nur aus Leerzeichen bestehen.';
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return (
      `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen ` +
      '(zum Beispiel vier Wörter mit Leerzeichen).'
    );
  }
  if (new Set(password.toLowerCase()).size < MIN_DISTINCT_CHARACTERS) {
    return `Das Passwort braucht mindestens ${MIN_DISTINCT_CHARACTERS} verschiedene Zeichen.`;
  }
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    return 'Das Passwort darf den Benutzernamen nicht enthalten.';
  }
  if (isCommon(password)) return 'Dieses Passwort ist zu verbreitet und leicht zu erraten.';
  return null;
}

/** Throws AuthError WEAK_PASSWORD with the reason when the password is too weak. */
export function assertStrongPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AuthError('WEAK_PASSWORD', problem);
}
