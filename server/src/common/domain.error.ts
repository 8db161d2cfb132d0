/** Base of every feature's domain exception: a string code the global filter maps to HTTP. */
export abstract class DomainError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
