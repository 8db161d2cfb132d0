import type { BodyMemberView, BodySummary, BodyView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { BodiesService } from './bodies.service';
import { AddBodyMemberDto } from './dto/add-body-member.dto';
import { CreateBodyDto } from './dto/create-body.dto';
import { MembersQueryDto } from './dto/members-query.dto';
import { PatchBodyMemberDto } from './dto/patch-body-member.dto';
import { PatchBodyDto } from './dto/patch-body.dto';

@Controller('bodies')
export class BodiesController {
  constructor(private readonly bodies: BodiesService) {}

  @Get()
  list(): Promise<BodySummary[]> {
    return this.bodies.list();
  }

  @Post()
  create(@Body() body: CreateBodyDto): Promise<BodySummary> {
    return this.bodies.create(body);
  }

  @Get(':key')
  view(@Param('key') key: string, @Query() query: MembersQueryDto): Promise<BodyView> {
    return this.bodies.view(key, query.date);
  }

  @Patch(':key')
  patch(@Param('key') key: string, @Body() body: PatchBodyDto): Promise<BodySummary> {
    return this.bodies.patch(key, body);
  }

  @Get(':key/members')
  members(@Param('key') key: string, @Query() query: MembersQueryDto): Promise<BodyMemberView[]> {
    return this.bodies.membersOn(key, query.date);
  }

  @Post(':key/members')
  addMember(@Param('key') key: string, @Body() body: AddBodyMemberDto): Promise<BodyMemberView> {
    return this.bodies.addMember(key, body);
  }

  @Patch(':key/members/:id')
  patchMember(
    @Param('key') key: string,
    @Param('id') id: number,
    @Body() body: PatchBodyMemberDto,
  ): Promise<BodyMemberView> {
    return this.bodies.patchMember(key, id, body);
  }
}
