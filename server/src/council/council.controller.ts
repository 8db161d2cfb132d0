import type { CouncilView, GroupView, MemberView, MembershipView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { CouncilService } from './council.service';
import { CreateGroupDto } from './dto/create-group.dto';
import { CreateMemberDto } from './dto/create-member.dto';
import { LeaveCouncilDto } from './dto/leave-council.dto';
import { PatchGroupDto } from './dto/patch-group.dto';
import { PatchMemberDto } from './dto/patch-member.dto';
import { MembersService } from './members.service';

@Controller('council')
export class CouncilController {
  constructor(
    private readonly council: CouncilService,
    private readonly members: MembersService,
  ) {}

  @Get()
  getCouncil(): Promise<CouncilView> {
    return this.council.getCouncil();
  }

  @Post('groups')
  createGroup(@Body() body: CreateGroupDto): Promise<GroupView> {
    return this.council.createGroup(body);
  }

  @Patch('groups/:key')
  patchGroup(@Param('key') key: string, @Body() body: PatchGroupDto): Promise<GroupView> {
    return this.council.patchGroup(key, body);
  }

  @Get('members')
  listMembers(): Promise<MemberView[]> {
    return this.members.listMembers();
  }

  @Post('members')
  createMember(@Body() body: CreateMemberDto): Promise<MemberView> {
    return this.members.create(body);
  }

  @Patch('members/:id')
  patchMember(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PatchMemberDto,
  ): Promise<MemberView> {
    return this.members.patch(id, body);
  }

  @Post('members/:id/leave')
  @HttpCode(200)
  leave(@Param('id', ParseIntPipe) id: number, @Body() body: LeaveCouncilDto): Promise<MemberView> {
    return this.members.leaveCouncil(id, body);
  }

  @Get('members/:id/memberships')
  memberships(@Param('id', ParseIntPipe) id: number): Promise<MembershipView[]> {
    return this.members.membershipsOf(id);
  }
}
