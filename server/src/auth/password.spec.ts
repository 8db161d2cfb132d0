import { generatePassword, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('should verify the password it hashed', async () => {
    const hash = await hashPassword('richtig-geheim');
    await expect(verifyPassword('richtig-geheim', hash)).resolves.toBe(true);
  });

  it('should reject a wrong password', async () => {
    const hash = await hashPassword('richtig-geheim');
    await expect(verifyPassword('falsch-geheim', hash)).resolves.toBe(false);
  });

  it('should salt every hash differently when the password is the same', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain('same');
  });

  it('should never match a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$abc$short')).resolves.toBe(false);
  });

  it('should generate distinct random passwords of 18 characters', () => {
    const a = generatePassword();
    expect(a).toHaveLength(18);
    expect(generatePassword()).not.toBe(a);
  });
});
