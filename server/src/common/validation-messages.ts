import type { ValidationError } from 'class-validator';
import { fieldName } from './field-labels';

/**
 * class-validator and Nest's ValidationPipe word their failures in English ("title should not be
 * empty"); the API answers in German (api.md: every 4xx has a clear message). The DTOs name only
 * their decorators: this one table words every constraint, so no DTO repeats the texts. A DTO
 * that gives its own message (German, as every decorator message in this project) keeps it.
 */

/** What a German text knows of a failed constraint: the field's path and the numbers/list in it. */
type ConstraintFailure = { field: string; numbers: string[]; list: string; text: string };

const GERMAN_TEXTS: Record<string, (failure: ConstraintFailure) => string> = {
  isString: ({ field }) => `${field} muss ein Text sein`,
  isNotEmpty: ({ field }) => `${field} darf nicht leer sein`,
  isDefined: ({ field }) => `${field} fehlt`,
  maxLength: ({ field, numbers }) => `${field} darf höchstens ${numbers[0]} Zeichen lang sein`,
  minLength: ({ field, numbers }) => `${field} muss mindestens ${numbers[0]} Zeichen lang sein`,
  // The English text names the bound that was missed: "longer than … and shorter than …",
  // "longer than …" or "shorter than …".
  isLength: ({ field, numbers, text }) => {
    if (numbers.length > 1)
      return `${field} muss ${numbers[0]} bis ${numbers[1]} Zeichen lang sein`;
    return text.includes('longer')
      ? `${field} muss mindestens ${numbers[0]} Zeichen lang sein`
      : `${field} darf höchstens ${numbers[0]} Zeichen lang sein`;
  },
  isInt: ({ field }) => `${field} muss eine ganze Zahl sein`,
  isNumber: ({ field }) => `${field} muss eine Zahl sein`,
  isPositive: ({ field }) => `${field} muss eine positive Zahl sein`,
  min: ({ field, numbers }) => `${field} darf nicht kleiner als ${numbers[0]} sein`,
  max: ({ field, numbers }) => `${field} darf nicht größer als ${numbers[0]} sein`,
  isBoolean: ({ field }) => `${field} muss true oder false sein`,
  isIn: ({ field, list }) => `${field} muss einer dieser Werte sein: ${list}`,
  isEnum: ({ field, list }) => `${field} muss einer dieser Werte sein: ${list}`,
  isArray: ({ field }) => `${field} muss eine Liste sein`,
  arrayMaxSize: ({ field, numbers }) => `${field} darf höchstens ${numbers[0]} Einträge haben`,
  arrayMinSize: ({ field, numbers }) => `${field} muss mindestens ${numbers[0]} Einträge haben`,
  isUrl: ({ field }) => `${field} muss eine http- oder https-Adresse sein`,
  matches: ({ field }) => `${field} hat nicht das erwartete Format`,
  isDateString: ({ field }) => `${field} muss ein Datum sein`,
  isObject: ({ field }) => `${field} muss ein Objekt sein`,
  nestedValidation: ({ field }) => `${field} muss ein Objekt oder eine Liste sein`,
  whitelistValidation: ({ field }) => `Das Feld ${field} ist hier nicht erlaubt`,
  unknownValue: () => 'Der Inhalt hat nicht die erwartete Form',
};

/**
 * The English defaults of class-validator ("… must …", "… should not …", "an unknown value …")
 * and of Nest's pipe ("Validation failed (…)"). A message without these words is a DTO's own.
 */
const ENGLISH_DEFAULT = /\b(must|should|an unknown value|Validation failed)\b/;

/** More messages help no one; a hostile body with 10,000 wrong fields gets a short answer. */
export const MAX_VALIDATION_MESSAGES = 20;

/** At most this much of a field name is repeated back (a hostile key may be 100 KB long). */
const MAX_FIELD_LENGTH = 60;

function shortened(path: string): string {
  return path.length > MAX_FIELD_LENGTH ? `${path.slice(0, MAX_FIELD_LENGTH)}…` : path;
}

/**
 * One constraint's message in German: the DTO's own, or the table's wording of the default. A
 * field is named in German (fieldName); one the request may not send keeps the name it was sent
 * under, so the sender finds it.
 */
export function germanConstraintMessage(constraint: string, message: string, path: string): string {
  if (!ENGLISH_DEFAULT.test(message)) {
    return path === '' ? message : message.replace(`„${path}“`, fieldName(path));
  }
  let field = 'Der Inhalt';
  if (path !== '') {
    field =
      constraint === 'whitelistValidation' ? `„${shortened(path)}“` : fieldName(shortened(path));
  }
  const wording = GERMAN_TEXTS[constraint];
  if (!wording) return `${field} ist ungültig`;
  // The numbers and value list follow the property name in every English default.
  const afterProperty = message.slice(message.search(/\b(must|should)\b/));
  const numbers = afterProperty.match(/-?\d+(\.\d+)?/g) ?? [];
  const list = afterProperty.includes(': ')
    ? afterProperty.slice(afterProperty.indexOf(': ') + 2)
    : '';
  return wording({ field, numbers, list, text: afterProperty });
}

/**
 * Every failed constraint of the errors (nested ones with their path, `ballots.0.vote`) as a
 * German message, at most MAX_VALIDATION_MESSAGES of them. Walked without recursion: the depth
 * of the errors follows the depth of the hostile value.
 */
export function germanValidationMessages(errors: ValidationError[]): string[] {
  const messages: string[] = [];
  const pending: Array<[ValidationError, string]> = errors
    .map((error) => [error, ''])
    .reverse() as Array<[ValidationError, string]>;
  let omitted = 0;
  while (pending.length > 0) {
    const [error, parent] = pending.pop() as [ValidationError, string];
    const property = error.property === undefined ? '' : String(error.property);
    const path = parent === '' || property === '' ? parent + property : `${parent}.${property}`;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      if (messages.length < MAX_VALIDATION_MESSAGES) {
        messages.push(germanConstraintMessage(constraint, message, path));
      } else omitted += 1;
    }
    const children = error.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1)
      pending.push([children[index], path]);
  }
  if (omitted > 0) messages.push(`… und ${omitted} weitere Fehler`);
  return messages.length > 0 ? messages : ['Der Inhalt ist ungültig'];
}
