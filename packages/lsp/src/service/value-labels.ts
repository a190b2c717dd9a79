import type { Locale } from '@kehoach/core';

type Bi = { vi: string; en: string };

/**
 * What an enum value means to an author, by the key it is written under: numbering
 * styles show their marks, authorities their capacity line, verbs the words the
 * citation starts with, table fields the column they fill.
 */
const LABELS: Record<string, Record<string, Bi>> = {
  numbering: {
    roman: { vi: 'I., II., III.', en: 'I., II., III.' },
    decimal: { vi: '1., 2., 3.', en: '1., 2., 3.' },
    outline: { vi: '1.1., 1.2. (số của mục cha, dấu chấm, thứ tự)', en: '1.1., 1.2. (the parent’s number, a dot, the position)' },
    letter: { vi: 'a), b), c), d), đ), e)...', en: 'a), b), c), d), đ), e)...' },
    dash: { vi: '- (gạch đầu dòng)', en: '- (dashes)' },
    plus: { vi: '+', en: '+' },
    none: { vi: 'không đánh số', en: 'no marks' },
    continuous: { vi: 'STT 1, 2, 3 liên tục qua các nhóm (mặc định)', en: '1, 2, 3 across groups (default)' },
    'per-group': { vi: 'STT đánh lại từ 1 trong mỗi nhóm', en: 'restart at 1 in each group' },
  },
  authority: {
    TM: { vi: 'TM. — thay mặt tập thể (TM. Ủy ban nhân dân)', en: 'TM. — on behalf of the collective' },
    KT: { vi: 'KT. — ký thay người đứng đầu (KT. Chủ tịch)', en: 'KT. — signing for the head' },
    Q: { vi: 'Q. — quyền (Q. Chủ tịch)', en: 'Q. — acting' },
    TL: { vi: 'TL. — thừa lệnh', en: 'TL. — by order' },
    TUQ: { vi: 'TUQ. — thừa ủy quyền', en: 'TUQ. — by authorisation' },
  },
  verb: {
    'can-cu': { vi: 'Căn cứ ...', en: 'Căn cứ ... (pursuant to)' },
    'thuc-hien': { vi: 'Thực hiện ...', en: 'Thực hiện ... (implementing)' },
    'trien-khai': { vi: 'Triển khai ...', en: 'Triển khai ... (carrying out)' },
    'theo-de-nghi': { vi: 'Theo đề nghị của ... tại Tờ trình số ...', en: 'Theo đề nghị của ... (on the proposal of)' },
    'xet-de-nghi': { vi: 'Xét đề nghị của ...', en: 'Xét đề nghị của ... (considering the proposal of)' },
  },
  field: {
    order: { vi: 'STT (số thứ tự)', en: 'order number' },
    title: { vi: 'Tên nhiệm vụ', en: 'task title' },
    content: { vi: 'Nội dung', en: 'content' },
    lead: { vi: 'Cơ quan chủ trì', en: 'lead agency' },
    request: { vi: 'Cơ quan được đề nghị', en: 'body requested' },
    coordinators: { vi: 'Cơ quan phối hợp', en: 'coordinating agencies' },
    timeframe: { vi: 'Thời gian thực hiện / hoàn thành', en: 'timeframe' },
    outputs: { vi: 'Sản phẩm, kết quả', en: 'outputs' },
    funding: { vi: 'Kinh phí', en: 'funding' },
    note: { vi: 'Ghi chú', en: 'note' },
    target: { vi: 'Chỉ tiêu', en: 'target' },
    value: { vi: 'Giá trị chỉ tiêu', en: 'target value' },
    unit: { vi: 'Đơn vị tính', en: 'unit' },
  },
  comparator: {
    min: { vi: 'tối thiểu, ít nhất', en: 'at least' },
    max: { vi: 'tối đa', en: 'at most' },
    exact: { vi: 'đúng bằng', en: 'exactly' },
  },
};

/** The meaning of `value` written under `key`, in the locale; undefined when there is nothing to add. */
export function valueLabel(key: string | undefined, value: string, locale: Locale): string | undefined {
  const m = key === undefined ? undefined : LABELS[key]?.[value];
  return m ? (locale === 'en' ? m.en : m.vi) : undefined;
}
