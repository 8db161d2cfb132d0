import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES } from '@mehrheitsplaner/shared';
import { ApiError, NetworkError } from '../api/api-errors';
import { errorKey, errorText, hasCode } from './error-text';
import { messagesDe } from './messages.de';
import type { MessageKey, Messages } from './messages.de';
import { messagesEn } from './messages.en';

/** A catalogue lookup like `t()` (only `{message}` is filled here). */
const translator =
  (messages: Messages) =>
  (key: MessageKey, params?: Record<string, string>): string =>
    messages[key].replace('{message}', params?.message ?? '{message}');
const inEnglish = translator(messagesEn);
const inGerman = translator(messagesDe);

describe('errorText', () => {
  it('should word every code of the shared union in both catalogues', () => {
    for (const code of API_ERROR_CODES) {
      expect(messagesDe[errorKey(code)]).toBeTruthy();
      expect(messagesEn[errorKey(code)]).toBeTruthy();
    }
  });

  it("should word a coded error in the user's language, not with the server's German text", () => {
    const closed = new ApiError(409, 'Der Antrag ist abgeschlossen', 'WHIP_CLOSED');
    expect(errorText(closed, inEnglish)).toBe(messagesEn['error.WHIP_CLOSED']);
    expect(errorText(closed, inGerman)).toBe(messagesDe['error.WHIP_CLOSED']);
  });

  it('should tell a closed motion from a version conflict although both are 409', () => {
    const closed = new ApiError(409, 'x', 'WHIP_CLOSED');
    const conflict = new ApiError(409, 'x', 'WHIP_VERSION_CONFLICT');
    expect(errorText(closed, inGerman)).not.toBe(errorText(conflict, inGerman));
    expect(hasCode(conflict, 'WHIP_VERSION_CONFLICT')).toBe(true);
    expect(hasCode(closed, 'WHIP_VERSION_CONFLICT')).toBe(false);
  });

  it("should fall back to the server's message for a code this client does not know", () => {
    const unknown = new ApiError(400, 'Neue Regel verletzt', 'SOME_NEWER_CODE' as never);
    expect(errorText(unknown, inEnglish)).toBe('Neue Regel verletzt');
    expect(errorText(new ApiError(500, 'Serverfehler'), inEnglish)).toBe('Serverfehler');
  });

  it('should word a request without any answer as a German network error', () => {
    const failed = new NetworkError(new TypeError('Failed to fetch'));
    expect(errorText(failed, inGerman)).toBe(messagesDe['error.network']);
    expect(errorText(failed, inGerman)).not.toContain('Failed to fetch');
    expect(messagesDe['error.network']).toMatch(/^Keine Verbindung zum Server/);
  });

  it("should word a browser's bare fetch failure as the network error, in every browser's words", () => {
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
    ]) {
      expect(errorText(new TypeError(message), inGerman)).toBe(messagesDe['error.network']);
    }
    expect(errorText(new TypeError('x is undefined'), inGerman)).toBe(
      'Unerwarteter Fehler: x is undefined',
    );
  });
});
