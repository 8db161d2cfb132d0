import type { UserAccountView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { CurrentUser, type AuthenticatedRequest } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { bearerToken } from '../auth/bearer-token';
import { CreateUserDto } from './dto/create-user.dto';
import { PatchUserDto } from './dto/patch-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserAccountView[]> {
    return this.users.list();
  }

  @Post()
  create(@Body() body: CreateUserDto): Promise<UserAccountView> {
    return this.users.create(body);
  }

  @Patch(':id')
  patch(
    @Req() request: AuthenticatedRequest,
    @CurrentUser() actor: AuthUser,
    @Param('id') id: number,
    @Body() body: PatchUserDto,
  ): Promise<UserAccountView> {
    const token = bearerToken(request.headers.authorization) ?? '';
    return this.users.patch(actor, id, body, token);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@Param('id') id: number, @Body() body: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(id, body.newPassword);
  }
}
