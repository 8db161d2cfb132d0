import { Body, Controller, HttpCode, Ip, Post, Req } from '@nestjs/common';
import { CurrentUser, type AuthenticatedRequest } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { bearerToken } from '../auth/bearer-token';
import { ChangePasswordDto } from '../auth/dto/change-password.dto';
import { UsersService } from './users.service';

/** POST /api/auth/password: served by the users module, which owns the accounts' table. */
@Controller('auth')
export class OwnPasswordController {
  constructor(private readonly users: UsersService) {}

  @Post('password')
  @HttpCode(204)
  changePassword(
    @Req() request: AuthenticatedRequest,
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Ip() address: string,
  ): Promise<void> {
    const token = bearerToken(request.headers.authorization) ?? '';
    return this.users.changeOwnPassword(user, token, body, address);
  }
}
