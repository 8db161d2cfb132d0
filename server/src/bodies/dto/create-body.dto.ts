import {
  BODY_KINDS,
  type BodyKind,
  type CreateBodyRequest,
  type MajorityRule,
  type QuorumRule,
} from '@mehrheitsplaner/shared';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { MajorityRuleField, QuorumRuleField } from './body-rules.dto';

/** Admins add committees and district councils; the Rat exists once (body RAT). */
const NEW_BODY_KINDS = BODY_KINDS.filter(
  (kind): kind is Exclude<BodyKind, 'council'> => kind !== 'council',
);

export class CreateBodyDto implements CreateBodyRequest {
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, {
    message:
      'Das Kürzel muss 1 bis 40 Zeichen lang sein, mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten',
  })
  key!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsIn(NEW_BODY_KINDS)
  kind!: Exclude<BodyKind, 'council'>;

  @IsOptional()
  @IsBoolean()
  chairVotes?: boolean;

  @QuorumRuleField()
  quorumRule?: QuorumRule;

  @MajorityRuleField()
  majorityRule?: MajorityRule;
}
