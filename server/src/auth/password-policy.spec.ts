import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('should accept a long, uncommon password or a passphrase of four words', () => {
    expect(passwordProblem('Ampel-Haushalt-2026', 'kaemmerer')).toBeNull();
    expect(passwordProblem('rot gelb grün lila', 'kaemmerer')).toBeNull();
  });

  it.each([
    ['', 'nur aus Leerzeichen'],
    ['            ', 'nur aus Leerzeichen'],
    ['kurz-1', 'mindestens 12 Zeichen'],
    ['abababababab', 'verschiedene Zeichen'],
    ['KAEMMERER-im-Rathaus', 'Benutzernamen'],
    ['passwort123456', 'verbreitet'],
    ['sonnenschein', 'verbreitet'],
    ['Passwort 2026 !!', 'verbreitet'],
    ['passwordpassword', 'verbreitet'],
  ])('should refuse "%s" (%s)', (password, reason) => {
    expect(passwordProblem(password, 'kaemmerer')).toContain(reason);
  });

  it('should ignore a username too short to be a meaningful part', () => {
    expect(passwordProblem('Ampel-Haushalt-2026', 'am')).toBeNull();
  });
});
