import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '../config/config.service';
import { removeInstanceLock, writeInstanceLock } from './instance-lock';

/** Holds this process's lock file beside the SQLite file from start to shutdown. */
@Injectable()
export class InstanceLockService implements OnModuleInit, OnApplicationShutdown {
  private path: string | null = null;
  private readonly removeOnExit = () => this.release();

  constructor(private readonly config: ConfigService) {}

  onModuleInit(): void {
    const { database } = this.config;
    if (database.type !== 'sqlite' || database.inMemory) return;
    this.path = writeInstanceLock(database.database, process.pid);
    // An exit without Nest's shutdown (an uncaught error) still removes it; a SIGKILL cannot,
    // which is why a lock of a dead pid counts as stale.
    process.once('exit', this.removeOnExit);
  }

  onApplicationShutdown(): void {
    this.release();
    process.removeListener('exit', this.removeOnExit);
  }

  private release(): void {
    if (this.path) removeInstanceLock(this.path);
    this.path = null;
  }
}
