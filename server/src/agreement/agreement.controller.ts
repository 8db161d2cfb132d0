import type {
  ChapterProgress,
  ChapterView,
  MotionPledgesView,
  PledgeView,
} from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { AnyRole, Roles } from '../auth/auth.decorators';
import { AgreementService } from './agreement.service';
import { PledgeLinkDto, PledgeListQueryDto } from './dto/pledge-link.dto';

@Controller()
export class AgreementController {
  constructor(private readonly agreement: AgreementService) {}

  @Get('agreement/chapters')
  @AnyRole()
  chapters(): Promise<ChapterView[]> {
    return this.agreement.chapterList();
  }

  @Get('agreement/pledges')
  @AnyRole()
  pledges(@Query() query: PledgeListQueryDto): Promise<PledgeView[]> {
    return this.agreement.pledgeList(query.chapter);
  }

  @Get('agreement/progress')
  @AnyRole()
  progress(): Promise<ChapterProgress[]> {
    return this.agreement.progress();
  }

  @Get('motions/:id/pledges')
  @AnyRole()
  pledgesOfMotion(@Param('id', ParseIntPipe) id: number): Promise<MotionPledgesView> {
    return this.agreement.pledgesOfMotion(id);
  }

  @Put('motions/:id/pledges')
  @Roles('admin', 'manager')
  link(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PledgeLinkDto,
  ): Promise<MotionPledgesView> {
    return this.agreement.linkPledges(id, body.pledgeIds);
  }
}
