import type { LoginResponse, UserView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, HttpCode, Ip, Post, Req } from '@nestjs/common';
import { CurrentUser, type AuthenticatedRequest } from './auth.decorators';
import { bearerToken } from './bearer-token';
import { AuthService, toUserView } from './auth.service';
import type { AuthUser } from './auth.types';
import { LoginDto } from './dto/login.dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Throttled by LoginThrottle (failed attempts per address and per account), not by route. */
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.auth.login(body.username, body.password, address);
  }

  @Get('me')
  me(@CurrentUser() user: AuthUser): UserView {
    return toUserView(user);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: AuthenticatedRequest): Promise<void> {
    await this.auth.logout(bearerToken(request.headers.authorization) ?? '');
  }
}
