import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';

@Controller('health')
export class HealthController {
  @Get()
  @Public()
  health(): HealthResponse {
    return { status: 'ok' };
  }
}
