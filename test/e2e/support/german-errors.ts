import { API_ERROR_CODES } from '@mehrheitsplaner/shared';

/**
 * What "a clear German message" means for the fuzz test: not empty, none of the English texts
 * class-validator, Nest, Express or body-parser write by default, and at least one mark of German
 * (an umlaut, ß, German quotes or a common German word). Honest, not perfect: a German sentence
 * without any of the words would be reported, and should then get one.
 */
const ENGLISH_DEFAULTS =
  /\b(must|should|Cannot|Failed|Validation failed|Internal server error|Unexpected token|Unauthorized|Forbidden|Not Found|Bad Request|is expected|not allowed|does not exist|request entity|unsupported|invalid)\b/i;

const GERMAN_MARK =
  /[äöüÄÖÜß„“]|\b(der|die|das|dem|den|des|ein|eine|einer|ist|sind|nicht|kein|keine|muss|darf|kann|fehlt|ungültig\w*|unbekannt\w*|erlaubt|erforderlich|abgelaufen|gefunden|bitte|oder|und|nur|für|mit|gibt|zu|von|bis|nach|liegt|wird|werden|wurde|haben|bereits|noch|Anmeldung|Sitzung|Inhalt|Adresse|Kennung|Antrag|Fraktion|Rolle|Rechte|Benutzername|Passwort|Verbindung|Nachricht)\b/i;

export function isGermanMessage(message: unknown): boolean {
  const messages = Array.isArray(message) ? (message as unknown[]) : [message];
  return (
    messages.length > 0 &&
    messages.every(
      (text) =>
        typeof text === 'string' &&
        text.trim() !== '' &&
        !ENGLISH_DEFAULTS.test(text) &&
        GERMAN_MARK.test(text),
    )
  );
}

const CODES = new Set<string>(API_ERROR_CODES);

/** What is wrong with a 4xx body (empty when it has status, a shared code and a German message). */
export function errorBodyProblems(status: number, body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return ['no JSON error body'];
  const { statusCode, code, message } = body as Record<string, unknown>;
  const problems: string[] = [];
  if (statusCode !== status) problems.push(`statusCode ${String(statusCode)}`);
  if (typeof code !== 'string' || !CODES.has(code)) problems.push(`code ${String(code)}`);
  if (!isGermanMessage(message)) problems.push(`message not German: ${JSON.stringify(message)}`);
  if (/ at .*:\d+|node_modules|\.ts:\d/.test(JSON.stringify(body))) problems.push('stack trace');
  return problems;
}
