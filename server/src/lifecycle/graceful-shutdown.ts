import { type INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { ShutdownCoordinator } from './shutdown-coordinator';

/** How long requests in flight get to finish before the app closes anyway. */
export const DRAIN_TIMEOUT_MS = 25_000;

/**
 * The order matters and differs from Nest's own shutdown hooks: stop accepting connections
 * first, let every request already accepted finish (they may still need the database), and only
 * then let Nest close socket.io, the HTTP server, the lock file and the database.
 */
export async function shutDown(app: INestApplication, drainTimeoutMs = DRAIN_TIMEOUT_MS) {
  const logger = new Logger('Shutdown');
  const coordinator = app.get(ShutdownCoordinator);
  coordinator.begin();
  // Closes the listening socket (new connections are refused) and idle keep-alive connections.
  (app.getHttpServer() as Server).close();
  const pending = coordinator.requestsInFlight;
  if (!(await coordinator.drained(drainTimeoutMs))) {
    logger.warn(`${coordinator.requestsInFlight} Anfragen nach ${drainTimeoutMs} ms nicht fertig`);
  } else if (pending > 0) {
    logger.log(`${pending} laufende Anfragen beendet`);
  }
  await app.close();
}

/**
 * SIGTERM and SIGINT shut the app down gracefully and exit 0 (Nest's enableShutdownHooks would
 * re-raise the signal, so the exit status said "killed"). A second signal ends it at once.
 */
export function installGracefulShutdown(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} während des Herunterfahrens: sofort beenden`);
      process.exit(1);
    }
    stopping = true;
    logger.log(`${signal}: keine neuen Verbindungen, laufende Anfragen werden beendet`);
    shutDown(app).then(
      () => process.exit(0),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`Herunterfahren fehlgeschlagen: ${message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
