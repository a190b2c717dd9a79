import {
  agencyCovers,
  formatViDate,
  isExternal,
  parseLegalRef,
  pick,
  relativePath,
  dirname,
  timeframeText,
  type AgencyEntry,
  type AgencyResolver,
  type Cadence,
  type LegalBasisObject,
  type Locale,
  type ReportPath,
  type Timeframe,
  type TimeframeParseResult,
  type ValueSource,
} from '@kehoach/core';

type Bi = { vi: string; en: string };

const KIND: Record<string, Bi> = {
  'people-committee': { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  'people-council': { vi: 'Hội đồng nhân dân', en: "People's Council" },
  office: { vi: 'Văn phòng', en: 'Office' },
  department: { vi: 'Sở, phòng, ban', en: 'Department' },
  unit: { vi: 'Đơn vị sự nghiệp', en: 'Public service unit' },
  press: { vi: 'Báo, đài', en: 'Press' },
  'mass-organisation': { vi: 'Mặt trận, đoàn thể', en: 'Mass organisation' },
  party: { vi: 'Cơ quan Đảng', en: 'Party body' },
  central: { vi: 'Cơ quan Trung ương', en: 'Central body' },
  official: { vi: 'Chức danh', en: 'Official' },
  collective: { vi: 'Nhóm cơ quan', en: 'Group of agencies' },
  judicial: { vi: 'Tòa án, Viện kiểm sát', en: 'Court or procuracy' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  association: { vi: 'Hội, hiệp hội', en: 'Association' },
};

const LEVEL: Record<string, Bi> = {
  central: { vi: 'Trung ương', en: 'central' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

const SOURCE: Record<ValueSource, Bi> = {
  task: { vi: 'ghi ở nhiệm vụ', en: 'stated on the task' },
  duty: { vi: 'theo mục "Tổ chức thực hiện"', en: 'from its duty section' },
  plan: { vi: 'theo mục chung của kế hoạch', en: 'from the plan-wide section' },
  'plan-year': { vi: 'cả kỳ kế hoạch', en: 'the plan period' },
  group: { vi: 'theo nhóm nhiệm vụ', en: 'from its task group' },
};

const UNIT: Record<string, Bi> = {
  day: { vi: 'ngày', en: 'day' },
  week: { vi: 'tuần', en: 'week' },
  month: { vi: 'tháng', en: 'month' },
  quarter: { vi: 'quý', en: 'quarter' },
  'half-year': { vi: '6 tháng', en: 'half-year' },
  year: { vi: 'năm', en: 'year' },
};

export const t = (m: Bi, locale: Locale): string => pick(m, locale);

export function kindLabel(kind: string, locale: Locale): string {
  const k = KIND[kind];
  return k ? pick(k, locale) : kind;
}

export function sourceLabel(source: ValueSource, locale: Locale): string {
  return pick(SOURCE[source], locale);
}

/** Where a file is, relative to the workspace root when inside it. */
export function shortPath(path: string, root: string): string {
  return path.startsWith(root.endsWith('/') ? root : `${root}/`) ? relativePath(root, path) : path;
}

export function agencyMarkdown(entry: AgencyEntry, agencies: AgencyResolver, locale: Locale, root: string): string {
  const lines = [`**${entry.name}**`, ''];
  const row = (label: Bi, value: string): void => {
    lines.push(`- ${pick(label, locale)}: ${value}`);
  };
  row({ vi: 'Mã', en: 'Id' }, `\`${entry.id}\``);
  row({ vi: 'Loại', en: 'Kind' }, kindLabel(entry.kind, locale));
  if (entry.level) row({ vi: 'Cấp', en: 'Level' }, pick(LEVEL[entry.level] ?? { vi: entry.level, en: entry.level }, locale));
  if (entry.short) row({ vi: 'Tên viết tắt', en: 'Short name' }, entry.short);
  if (entry.aliases?.length) row({ vi: 'Tên gọi khác', en: 'Aliases' }, entry.aliases.join('; '));
  if (entry.validTo) row({ vi: 'Hiệu lực đến', en: 'Valid to' }, entry.validTo);
  if (entry.successor) row({ vi: 'Cơ quan kế thừa', en: 'Successor' }, `\`${entry.successor}\``);
  if (isExternal(entry)) {
    row({ vi: 'Thẩm quyền', en: 'Authority' }, pick({ vi: 'ngoài thẩm quyền của cơ quan ban hành: ghi ở `request` (đề nghị), không ở `lead`', en: 'outside the issuer’s authority: named in `request`, not `lead`' }, locale));
  }
  if (entry.kind === 'collective') lines.push(...membersMarkdown(entry, agencies, locale));
  const loc = agencies.locate(entry);
  const origin = agencies.originOf(entry);
  if (loc) {
    const line = loc.source.lines.positionAt(loc.offsets.start).line + 1;
    row({ vi: 'Nguồn', en: 'Source' }, `${shortPath(loc.uri, root)}:${line}${origin ? ` (${origin})` : ''}`);
  } else if (origin) row({ vi: 'Nguồn', en: 'Source' }, origin);
  return lines.join('\n');
}

const MEMBERS_SHOWN = 12;

/** The members of a group of agencies: those it lists, and those of the kinds (and level) it covers. */
function membersMarkdown(group: AgencyEntry, agencies: AgencyResolver, locale: Locale): string[] {
  const lines: string[] = [];
  if (group.memberKinds?.length) {
    const kinds = group.memberKinds.map((k) => kindLabel(k, locale)).join(', ');
    const level = group.level ? ` ${pick({ vi: 'cấp', en: 'at level' }, locale)} ${pick(LEVEL[group.level] ?? { vi: group.level, en: group.level }, locale)}` : '';
    lines.push(`- ${pick({ vi: 'Gồm mọi cơ quan loại', en: 'Every agency of kind' }, locale)}: ${kinds}${level}`);
  }
  const members = agencies.index.entries.filter((e) => e.id !== group.id && e.kind !== 'collective' && agencyCovers(group, e, agencies));
  if (members.length) {
    const shown = members.slice(0, MEMBERS_SHOWN).map((e) => e.name).join('; ');
    const more = members.length > MEMBERS_SHOWN ? pick({ vi: ` và ${members.length - MEMBERS_SHOWN} cơ quan khác`, en: ` and ${members.length - MEMBERS_SHOWN} more` }, locale) : '';
    lines.push(`- ${pick({ vi: 'Thành viên trong danh mục', en: 'Members in the registry' }, locale)} (${members.length}): ${shown}${more}`);
  } else if (group.members?.length) {
    lines.push(`- ${pick({ vi: 'Thành viên', en: 'Members' }, locale)}: ${group.members.map((m) => `\`${m}\``).join(', ')}`);
  }
  return lines;
}

export function datesText(tf: Timeframe): string {
  if (tf.kind === 'deadline' && tf.deadline) return `≤ ${formatViDate(tf.end)}`;
  return tf.start === tf.end ? formatViDate(tf.start) : `${formatViDate(tf.start)} – ${formatViDate(tf.end)}`;
}

export function cadenceText(c: Cadence, locale: Locale): string {
  const unit = pick(UNIT[c.unit] ?? { vi: c.unit, en: c.unit }, locale);
  const every = c.every === 1 ? (locale === 'en' ? `every ${unit}` : `mỗi ${unit}`) : locale === 'en' ? `every ${c.every} ${unit}s` : `mỗi ${c.every} ${unit}`;
  return c.count ? `${every}, ${c.count} ${locale === 'en' ? 'times' : 'lần'}` : every;
}

/** A parsed timeframe as a short line: dates, then the cadence. */
export function timeframeSummary(result: TimeframeParseResult, locale: Locale): string | undefined {
  if (!result.ok) return undefined;
  const tf = result.value;
  const parts = [datesText(tf)];
  void locale;
  if (tf.cadences?.length) parts.push(tf.cadences.map((c) => cadenceText(c, locale)).join(', '));
  return parts.join(' · ');
}

export function timeframeMarkdown(text: string, result: TimeframeParseResult, locale: Locale): string {
  if (!result.ok) {
    return `**${text}**\n\n${locale === 'en' ? 'Not understood as a timeframe' : 'Chưa đọc được thành thời gian'} (\`${result.error.messageId}\`)`;
  }
  const tf = result.value;
  const lines = [`**${text || timeframeText(tf.text)}**`, ''];
  const kinds: Record<Timeframe['kind'], Bi> = {
    continuous: { vi: 'thường xuyên', en: 'continuous' },
    range: { vi: 'khoảng thời gian', en: 'period' },
    deadline: { vi: 'hạn chót', en: 'deadline' },
    cadence: { vi: 'định kỳ', en: 'recurring' },
    conditional: { vi: 'theo sự kiện, không có ngày cụ thể (cả kỳ kế hoạch)', en: 'tied to an event, no date (the whole plan period)' },
  };
  lines.push(`- ${locale === 'en' ? 'Kind' : 'Loại'}: ${pick(kinds[tf.kind], locale)}`);
  lines.push(`- ${locale === 'en' ? 'From' : 'Từ ngày'}: ${formatViDate(tf.start)}`);
  lines.push(`- ${locale === 'en' ? 'To' : 'Đến ngày'}: ${formatViDate(tf.end)}`);
  if (tf.deadline) {
    const rule = tf.deadlineExclusive ? (locale === 'en' ? 'strictly before' : 'trước ngày') : locale === 'en' ? 'on or before' : 'chậm nhất ngày';
    lines.push(`- ${locale === 'en' ? 'Deadline' : 'Hạn'}: ${rule} ${formatViDate(tf.deadline)}`);
  }
  if (tf.cadences?.length) lines.push(`- ${locale === 'en' ? 'Cadence' : 'Định kỳ'}: ${tf.cadences.map((c) => cadenceText(c, locale)).join(', ')}`);
  if (tf.quarters?.length) lines.push(`- ${locale === 'en' ? 'Quarters' : 'Quý'}: ${tf.quarters.join(', ')}`);
  if (tf.months?.length) lines.push(`- ${locale === 'en' ? 'Months' : 'Tháng'}: ${tf.months.join(', ')}`);
  if (tf.yearFromContext) lines.push(`- ${locale === 'en' ? 'Year taken from the plan' : 'Năm lấy theo năm kế hoạch'}`);
  return lines.join('\n');
}

/** "UBND huyện, qua Phòng VH&TT, trước ngày 25/11/2024" */
export function reportText(r: ReportPath, locale: Locale): string {
  const parts: string[] = [];
  const list = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join(', ') : (v ?? ''));
  if (r.from !== undefined) parts.push(`${locale === 'en' ? 'from' : 'từ'} ${list(r.from)}`);
  if (r.to) parts.push(`${locale === 'en' ? 'to' : 'cho'} ${list(r.to)}`);
  if (r.via) parts.push(`${locale === 'en' ? 'via' : 'qua'} ${r.via}`);
  if (r.due !== undefined) {
    const dues = (Array.isArray(r.due) ? r.due : [r.due]).map(timeframeText).join('; ');
    parts.push(`${locale === 'en' ? 'due' : 'hạn'} ${dues}`);
  }
  if (r.cadence) parts.push(`${locale === 'en' ? 'cadence' : 'định kỳ'} ${r.cadence}`);
  return parts.join(', ');
}

export function legalRefMarkdown(text: string, basis: Partial<LegalBasisObject> | undefined, locale: Locale): string {
  const en = locale === 'en';
  const lines = [`**${text}**`, ''];
  const parsed = parseLegalRef(text);
  if (parsed.ok) {
    const r = parsed.value;
    const kinds: Record<string, Bi> = {
      administrative: { vi: 'văn bản hành chính', en: 'administrative document' },
      normative: { vi: 'văn bản quy phạm pháp luật', en: 'legal normative document' },
      party: { vi: 'văn bản của Đảng', en: 'Party document' },
      'official-letter': { vi: 'công văn', en: 'official letter' },
    };
    lines.push(`- ${en ? 'Kind' : 'Dạng'}: ${pick(kinds[r.kind] ?? { vi: r.kind, en: r.kind }, locale)}`);
    if (r.typeName) lines.push(`- ${en ? 'Type' : 'Loại văn bản'}: ${pick(r.typeName, locale)} (\`${r.typeCode}\`)`);
    lines.push(`- ${en ? 'Number' : 'Số'}: ${r.numberText}`);
    if (r.year !== undefined) lines.push(`- ${en ? 'Year' : 'Năm'}: ${r.year}`);
    lines.push(`- ${en ? 'Issuer code' : 'Ký hiệu cơ quan ban hành'}: ${r.issuerCode}${r.unitCode ? `-${r.unitCode}` : ''}`);
    if (parsed.normalized) lines.push(`- ${en ? 'Canonical' : 'Cách viết chuẩn'}: ${r.canonical}`);
  } else {
    lines.push(`${en ? 'Not a well-formed document number' : 'Số, ký hiệu chưa đúng dạng'} (\`${parsed.error.messageId}\`)${parsed.suggestion ? `: ${parsed.suggestion}?` : ''}`);
  }
  if (basis) {
    const b: string[] = [];
    if (basis.type) b.push(basis.type);
    if (basis.date) b.push(`${en ? 'of' : 'ngày'} ${basis.date}`);
    if (basis.issuer) b.push(`${en ? 'by' : 'của'} ${basis.issuer}`);
    if (b.length) lines.push('', b.join(' '));
    if (basis.summary) lines.push('', `_${basis.summary}_`);
  }
  return lines.join('\n');
}

export function fileLabel(path: string, root: string): string {
  return shortPath(path, root) || dirname(path);
}
