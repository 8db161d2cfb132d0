import { Global, Module } from '@nestjs/common';
import { ConfigService } from '../config/config.service';
import { RedisService } from './redis.service';

/** The shared Redis of several instances (REDIS_URL), or none; connected before the app starts. */
@Global()
@Module({
  providers: [
    {
      provide: RedisService,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => RedisService.connect(config.redisUrl),
    },
  ],
  exports: [RedisService],
})
export class RedisModule {}
