import { Injectable } from '@nestjs/common';
import type { AppConfig, BackupConfig, LogLevel } from './app-config';
import type { DatabaseConfig } from './database-url';
import type { SecurityConfig } from './security-config';

/** The typed, validated configuration. Built once by ConfigModule from process.env. */
@Injectable()
export class ConfigService {
  constructor(private readonly config: AppConfig) {}

  get port(): number {
    return this.config.port;
  }
  get host(): string {
    return this.config.host;
  }
  get logLevel(): LogLevel {
    return this.config.logLevel;
  }
  get database(): DatabaseConfig {
    return this.config.database;
  }
  get redisUrl(): string | null {
    return this.config.redisUrl;
  }
  get adminUsername(): string {
    return this.config.adminUsername;
  }
  get adminPassword(): string | null {
    return this.config.adminPassword;
  }
  get tokenTtlHours(): number {
    return this.config.tokenTtlHours;
  }
  get clientDist(): string {
    return this.config.clientDist;
  }
  get loginThrottleLimit(): number {
    return this.config.loginThrottleLimit;
  }
  get backup(): BackupConfig {
    return this.config.backup;
  }
  get security(): SecurityConfig {
    return this.config.security;
  }
}
