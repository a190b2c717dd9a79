import { renderCalendar } from '@kehoach/render';
import type { Context } from '../context.js';
import { runPlanJob } from '../render-plans.js';
import { rt } from './render-messages.js';

/** `kehoach calendar`: every task deadline and report due date of a plan as an iCalendar file. */
export async function calendarCommand(ctx: Context, argv: string[]): Promise<number> {
  let events = 0;
  return runPlanJob(ctx, {
    command: 'calendar',
    argv,
    options: {},
    help: 'calendarHelp',
    prepare: () => ({ ext: '.ics', textual: true }),
    produce: async (analysis) => {
      const ics = renderCalendar(analysis);
      events += ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length;
      return ics;
    },
    errorsNote: 'hasErrorsCalendar',
    summary: (locale, count) => rt(locale, 'calendarSummary', { count, events }),
  });
}
