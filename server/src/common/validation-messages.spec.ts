import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsPositive,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  validate,
} from 'class-validator';
import {
  germanConstraintMessage,
  germanValidationMessages,
  MAX_VALIDATION_MESSAGES,
} from './validation-messages';

class BallotInput {
  @IsInt()
  @IsPositive()
  memberId!: number;

  @IsIn(['yes', 'no'])
  vote!: string;
}

class Input {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  title!: string;

  @MinLength(8)
  password!: string;

  @Length(2, 4)
  reason!: string;

  @Length(2, 4)
  shortReason!: string;

  @Length(2, 4)
  longReason!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;

  @IsBoolean()
  flag!: boolean;

  @IsUrl()
  url!: string;

  @Matches(/^\d{4}$/)
  year!: string;

  @IsArray()
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => BallotInput)
  ballots!: BallotInput[];

  @Matches(/^x$/, { message: 'Nur x ist erlaubt' })
  own!: string;
}

async function messagesOf(plain: object): Promise<string[]> {
  const errors = await validate(plainToInstance(Input, plain), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return germanValidationMessages(errors);
}

const ENGLISH = /\b(must|should|shorter|longer|property|value|array|string|number)\b/;

describe('germanValidationMessages', () => {
  it("should word class-validator's defaults in German, with the limits in them", async () => {
    const messages = await messagesOf({
      title: '',
      password: 'kurz',
      reason: 123,
      shortReason: 'x',
      longReason: 'xxxxx',
      count: 11,
      flag: 'ja',
      url: 'kein link',
      year: '20',
      ballots: [{ memberId: -1, vote: 'vielleicht' }, {}],
      own: 'y',
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        '„Titel“ darf nicht leer sein',
        '„Passwort“ muss mindestens 8 Zeichen lang sein',
        '„Begründung“ muss 2 bis 4 Zeichen lang sein',
        '„shortReason“ muss mindestens 2 Zeichen lang sein',
        '„longReason“ darf höchstens 4 Zeichen lang sein',
        '„count“ darf nicht größer als 10 sein',
        '„flag“ muss true oder false sein',
        '„Adresse“ muss eine http- oder https-Adresse sein',
        '„year“ hat nicht das erwartete Format',
        '„Stimmzettel“ darf höchstens 1 Einträge haben',
        '„Mitglied“ (Stimmzettel Nr. 1) muss eine positive Zahl sein',
        '„Stimme“ (Stimmzettel Nr. 1) muss einer dieser Werte sein: yes, no',
        '„Mitglied“ (Stimmzettel Nr. 2) muss eine ganze Zahl sein',
      ]),
    );
    for (const message of messages) expect(message).not.toMatch(ENGLISH);
  });

  it('should keep a message the DTO gives itself', async () => {
    expect(await messagesOf({ own: 'y' })).toContain('Nur x ist erlaubt');
  });

  it('should name a field that is not allowed, cut short when the name is long', async () => {
    const long = 'k'.repeat(500);
    const messages = await messagesOf({ __extra: 1, [long]: 2 });
    expect(messages).toContain('Das Feld „__extra“ ist hier nicht erlaubt');
    const longMessage = messages.find((message) => message.includes('kkk'));
    expect(longMessage?.length).toBeLessThan(100);
  });

  it('should say how many messages it left out when there are too many', () => {
    const errors = Array.from({ length: 50 }, (_, index) => ({
      property: `f${index}`,
      constraints: { isString: `f${index} must be a string` },
      children: [],
    }));
    const messages = germanValidationMessages(errors);
    expect(messages).toHaveLength(MAX_VALIDATION_MESSAGES + 1);
    expect(messages.at(-1)).toBe(`… und ${50 - MAX_VALIDATION_MESSAGES} weitere Fehler`);
  });

  it("should word Nest's own texts and constraints it does not know in German", () => {
    expect(
      germanConstraintMessage('isObject', 'Validation failed (object is expected)', 'body'),
    ).toBe('„body“ muss ein Objekt sein');
    expect(
      germanConstraintMessage(
        'unknownValue',
        'an unknown value was passed to the validate function',
        '',
      ),
    ).toBe('Der Inhalt hat nicht die erwartete Form');
    expect(
      germanConstraintMessage('isHexColor', 'color must be a hexadecimal color', 'color'),
    ).toBe('„Farbe“ ist ungültig');
  });

  it('should name fields in German, also in a DTO’s own message, but not one sent unasked', () => {
    expect(germanConstraintMessage('isIn', '„kind“ muss members oder results sein', 'kind')).toBe(
      '„Art“ muss members oder results sein',
    );
    expect(
      germanConstraintMessage('whitelistValidation', 'property title should not exist', 'title'),
    ).toBe('Das Feld „title“ ist hier nicht erlaubt');
    expect(
      germanConstraintMessage('isInt', 'no must be an integer number', 'groupCounts.2.no'),
    ).toBe('„Nein-Stimmen“ (Stimmen je Fraktion Nr. 3) muss eine ganze Zahl sein');
  });

  it('should never answer with an empty list', () => {
    expect(germanValidationMessages([])).toEqual(['Der Inhalt ist ungültig']);
  });
});
