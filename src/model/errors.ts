// A small error typology, after graphology's: callers and tests check the class, not the words.
// Messages name the module and the thing that was wrong: `path: no entity matches "Solemani"`.

/** Base class: a problem the user can fix (bad input, bad option). The CLI prints its message alone. */
export class KgError extends Error {
  /** The process exit status the CLI uses for this error. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A command-line or API argument that cannot be used (unknown relation, -k 0). */
export class UsageError extends KgError {}

/** A named file, entity or path that does not exist. */
export class NotFoundError extends KgError {}

/** An input that exists but cannot be read as what it should be (binary, not UTF-8, not a kg graph). */
export class InputError extends KgError {}
