import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { BackupSchedulerService } from './backup-scheduler.service';
import type { BackupService } from './backup.service';

function scheduler(env: Record<string, string>, backup: jest.Mock) {
  const config = new ConfigService(loadConfig(env, '/srv/app'));
  return new BackupSchedulerService(config, { backup } as unknown as BackupService);
}

describe('BackupSchedulerService', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('should back up once per interval when BACKUP_INTERVAL_MINUTES is set', async () => {
    const backup = jest.fn().mockResolvedValue({ path: '/x', pruned: [] });
    const service = scheduler({ BACKUP_INTERVAL_MINUTES: '30' }, backup);
    service.onApplicationBootstrap();

    await jest.advanceTimersByTimeAsync(29 * 60_000);
    expect(backup).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(2 * 60_000);
    expect(backup).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(backup).toHaveBeenCalledTimes(3);

    await service.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(120 * 60_000);
    expect(backup).toHaveBeenCalledTimes(3);
  });

  it('should not schedule anything when the variable is unset or the database is in memory', async () => {
    const backup = jest.fn();
    scheduler({}, backup).onApplicationBootstrap();
    scheduler(
      { BACKUP_INTERVAL_MINUTES: '1', DATABASE_URL: 'sqlite::memory:' },
      backup,
    ).onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(backup).not.toHaveBeenCalled();
  });

  it('should skip a tick while the previous backup runs and log a failure instead of throwing', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let finish: (value: unknown) => void = () => undefined;
    const backup = jest
      .fn()
      .mockReturnValueOnce(new Promise((resolve) => (finish = resolve)))
      .mockRejectedValueOnce(new Error('Platte voll'));
    const service = scheduler({ BACKUP_INTERVAL_MINUTES: '1' }, backup);

    const first = service.tick();
    void service.tick();
    expect(backup).toHaveBeenCalledTimes(1);
    finish({ path: '/x', pruned: [] });
    await first;
    await service.tick();

    expect(backup).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith('Sicherung fehlgeschlagen: Platte voll');
  });
});
