import type { UserAccountView } from '@mehrheitsplaner/shared';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  create(@Body() body: CreateUserDto): Promise<UserAccountView> {
    return this.users.create(body);
  }

  @Post(':id/password')
  @HttpCode(204)
  resetPassword(@Param('id') id: number, @Body() body: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(id, body.newPassword);
  }
}
