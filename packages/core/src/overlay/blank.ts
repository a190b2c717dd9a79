/**
 * A blank a template leaves for the author ("<Tên tỉnh>", "<năm>"): angle brackets
 * around up to 80 characters on one line. One definition, shared by the overlay (filling
 * a blank is not an override) and the rules (template-placeholder reports it; rules that
 * would misread it as a name or a time leave it to that rule).
 */
export const TEMPLATE_BLANK = /<[^<>\n]{1,80}>/;

export function hasTemplateBlank(text: string): boolean {
  return TEMPLATE_BLANK.test(text);
}
