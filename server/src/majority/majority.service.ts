import {
  majorityOptions,
  mayorVotesInCouncil,
  MAYOR_KEY,
  type BuilderGroup,
  type MajorityOptionsResponse,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { CouncilService } from '../council/council.service';
import { parseMajorityQuery, type BuilderCouncil, type RawMajorityQuery } from './majority-query';

@Injectable()
export class MajorityService {
  constructor(private readonly council: CouncilService) {}

  async options(query: RawMajorityQuery): Promise<MajorityOptionsResponse> {
    const view = await this.council.getCouncil();
    const groups: BuilderGroup[] = view.groups.map((group) => ({
      key: group.key,
      seats: group.seats,
      excluded: group.excluded,
    }));
    if (mayorVotesInCouncil(view.mayorVotes, view.mayor !== null)) {
      groups.push({ key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true });
    }
    const council: BuilderCouncil = { votingMembers: view.votingMembers, groups };
    const input = parseMajorityQuery(query, council, view.coalitionGroupKeys);
    return { options: majorityOptions(input) };
  }
}
