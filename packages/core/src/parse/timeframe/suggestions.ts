/** `{year}` is replaced by the caller's year; every entry must parse (the tests check it). */
const SUGGESTIONS: readonly { text: string; en: string }[] = [
  { text: 'Thường xuyên trong năm', en: 'Continuously throughout the year' },
  { text: 'Trong năm {year}', en: 'During {year}' },
  { text: 'Quý I/{year}', en: 'First quarter of {year}' },
  { text: 'Quý II/{year}', en: 'Second quarter of {year}' },
  { text: 'Quý III/{year}', en: 'Third quarter of {year}' },
  { text: 'Quý IV/{year}', en: 'Fourth quarter of {year}' },
  { text: 'Trong quý II, III năm {year}', en: 'During the second and third quarters of {year}' },
  { text: '6 tháng đầu năm {year}', en: 'First half of {year}' },
  { text: '6 tháng cuối năm {year}', en: 'Second half of {year}' },
  { text: 'Tháng 3/{year}', en: 'March {year}' },
  { text: 'Từ tháng 3 đến tháng 5/{year}', en: 'From March to May {year}' },
  { text: 'Từ ngày 01/3/{year} đến ngày 30/5/{year}', en: 'From 1 March to 30 May {year}' },
  { text: 'Chậm nhất ngày 30/6/{year}', en: 'No later than 30 June {year}' },
  { text: 'Trước ngày 15/12/{year}', en: 'Before 15 December {year}' },
  { text: 'Trước tháng 11 năm {year}', en: 'Before November {year} (by 31 October)' },
  { text: 'Trong năm {year} và hoàn thành trước tháng 11 năm {year}', en: 'During {year}, finished before November {year}' },
  { text: 'Hàng tuần', en: 'Weekly' },
  { text: 'Hàng tháng', en: 'Monthly' },
  { text: 'Hàng quý', en: 'Quarterly' },
  { text: 'Hằng năm', en: 'Yearly' },
  { text: 'Định kỳ 06 tháng, năm', en: 'Every six months and yearly' },
  { text: 'Hàng quý, trước ngày 15 của tháng cuối quý', en: 'Quarterly, before the 15th of the last month of each quarter' },
  { text: '01 lần/tháng', en: 'Once a month' },
  { text: 'Ít nhất 02 lần/quý', en: 'At least twice a quarter' },
];

/** Phrases for editor completion, each with its English gloss. */
export function timeframeSuggestions(year: number): { text: string; en: string }[] {
  const y = String(year);
  return SUGGESTIONS.map((s) => ({ text: s.text.replaceAll('{year}', y), en: s.en.replaceAll('{year}', y) }));
}
