/**
 * Copies the fields of `patch` that differ into `entity`; true when anything changed. Owners use
 * it to write only real changes, so applying the same data twice leaves versions untouched.
 */
export function assignChanged<T extends object>(entity: T, patch: Partial<T>): boolean {
  let changed = false;
  for (const key of Object.keys(patch) as Array<keyof T>) {
    const value = patch[key] as T[keyof T];
    if (JSON.stringify(entity[key]) !== JSON.stringify(value)) {
      entity[key] = value;
      changed = true;
    }
  }
  return changed;
}
