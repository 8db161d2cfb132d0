import { Global, Module } from '@nestjs/common';
import { loadConfig } from './app-config';
import { ConfigService } from './config.service';

/** The only place that reads process.env: validated once when the app is created. */
@Global()
@Module({
  providers: [
    {
      provide: ConfigService,
      useFactory: () => new ConfigService(loadConfig(process.env, process.cwd())),
    },
  ],
  exports: [ConfigService],
})
export class ConfigModule {}
