import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class HealthController {
  @Get()
  health(): HealthResponse {
    return { status: 'ok' };
  }
}
