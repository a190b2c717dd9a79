import { fill, pick, type Locale, type Message, type MessageData } from '@kehoach/core';
import { t, type MessageId } from './messages.js';

/**
 * A usage or I/O problem the user can act on: printed as one localised line, exit 2.
 * Thrown deep inside a command, caught once at the top of `main`. The text is one of
 * the shared messages (by id) or a command's own message (Vietnamese and English).
 */
export class CliError extends Error {
  constructor(
    readonly id: MessageId | Message,
    readonly data: MessageData = {},
  ) {
    super(typeof id === 'string' ? id : id.en);
    this.name = 'CliError';
  }

  text(locale: Locale): string {
    return typeof this.id === 'string' ? t(locale, this.id, this.data) : fill(pick(this.id, locale), this.data);
  }
}
