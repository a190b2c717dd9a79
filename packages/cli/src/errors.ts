import type { Locale, MessageData } from '@kehoach/core';
import { t, type MessageId } from './messages.js';

/**
 * A usage or I/O problem the user can act on: printed as one localised line, exit 2.
 * Thrown deep inside a command, caught once at the top of `main`.
 */
export class CliError extends Error {
  constructor(
    readonly id: MessageId,
    readonly data: MessageData = {},
  ) {
    super(id);
    this.name = 'CliError';
  }

  text(locale: Locale): string {
    return t(locale, this.id, this.data);
  }
}
