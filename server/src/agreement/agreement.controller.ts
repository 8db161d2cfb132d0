import type {
  ChapterProgress,
  ChapterView,
  MotionPledgesView,
  PledgeView,
} from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { AgreementService } from './agreement.service';
import { PledgeLinkDto, PledgeListQueryDto } from './dto/pledge-link.dto';

@Controller()
export class AgreementController {
  constructor(private readonly agreement: AgreementService) {}

  @Get('agreement/chapters')
  chapters(): Promise<ChapterView[]> {
    return this.agreement.chapterList();
  }

  @Get('agreement/pledges')
  pledges(@Query() query: PledgeListQueryDto): Promise<PledgeView[]> {
    return this.agreement.pledgeList(query.chapter);
  }

  @Get('agreement/progress')
  progress(): Promise<ChapterProgress[]> {
    return this.agreement.progress();
  }

  @Get('motions/:id/pledges')
  pledgesOfMotion(@Param('id', ParseIntPipe) id: number): Promise<MotionPledgesView> {
    return this.agreement.pledgesOfMotion(id);
  }

  @Put('motions/:id/pledges')
  link(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PledgeLinkDto,
  ): Promise<MotionPledgesView> {
    return this.agreement.linkPledges(id, body.pledgeIds);
  }
}
