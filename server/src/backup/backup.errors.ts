/** A backup or restore that could not run; the message is for the operator (German). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Restore refused because a process still uses the database. */
export class DatabaseInUseError extends BackupError {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseInUseError';
  }
}
