import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly healthService: HealthService) {}

  /** 200 when the database (and Redis, if configured) answers; 503 when not or shutting down. */
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const health = await this.healthService.check();
    if (health.status !== 'ok') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }
}
