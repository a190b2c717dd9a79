import type { PlanAnalysis } from '@kehoach/core';
import { renderPlan } from '@kehoach/render';

/**
 * The rendered document as text, for the similarity to the source. Today the
 * Markdown rendering, as `kehoach render -f md` writes it with default options:
 * its syntax (`#`, `**`, `|`, `\`) is punctuation to the tokenizer, so only the
 * document's words count. When @kehoach/render exports a plain-text rendering,
 * this line is the one to change.
 */
export const renderText = (analysis: PlanAnalysis): Promise<string> => renderPlan(analysis, { format: 'md' });
