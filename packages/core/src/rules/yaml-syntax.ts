import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';

const SPECIFIC = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'badIndent',
  MULTILINE_IMPLICIT_KEY: 'implicitKey',
  BLOCK_AS_IMPLICIT_KEY: 'implicitKey',
  MISSING_CHAR: 'missingChar',
  FILE_TOO_LARGE: 'tooLarge',
  ALIAS_BOMB: 'aliasBomb',
  ALIAS_CYCLE: 'aliasCycle',
  COMPLEX_KEY: 'complexKey',
  NOT_UTF8: 'notUtf8',
  TOO_DEEP: 'tooDeep',
  UNSUPPORTED_TAG: 'unsupportedTag',
} as const;

export const yamlSyntax = defineRule({
  meta: {
    id: 'yaml-syntax',
    category: 'structure',
    severity: 'error',
    appliesTo: ['plan', 'registry', 'config', 'template', 'report'],
    description: {
      vi: 'Tệp phải là YAML hợp lệ: thụt lề bằng dấu cách, không lặp khóa, đúng mã hóa UTF-8.',
      en: 'The file must be valid YAML: space indentation, no repeated keys, UTF-8 encoded.',
    },
    rationale: {
      vi: 'Không đọc được tệp thì không quy tắc nào kiểm tra được nội dung; lỗi cú pháp được báo đúng dòng, cột để sửa ngay.',
      en: 'Nothing can be checked in a file that cannot be read; syntax errors point at the exact line and column.',
    },
    messages: {
      duplicateKey: {
        vi: 'Khóa bị lặp lại trong cùng một mục; mỗi khóa chỉ được xuất hiện một lần.',
        en: 'This key is repeated in the same mapping; each key may appear once.',
      },
      tab: {
        vi: 'Không được thụt lề bằng ký tự tab; hãy dùng dấu cách.',
        en: 'Tabs are not allowed for indentation; use spaces.',
      },
      badIndent: {
        vi: 'Thụt lề không đúng: các khóa cùng cấp phải thẳng cột với nhau.',
        en: 'Wrong indentation: keys of the same level must line up.',
      },
      implicitKey: {
        vi: 'Dòng này không đọc được thành "khóa: giá trị"; có thể thiếu dấu ":" hoặc giá trị nhiều dòng cần đặt trong dấu ngoặc kép.',
        en: 'This line does not read as "key: value"; a ":" may be missing, or a multi-line value needs quotes.',
      },
      missingChar: {
        vi: 'Thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn): {detail}',
        en: 'A closing character is missing (quote or bracket): {detail}',
      },
      tooLarge: {
        vi: 'Tệp quá lớn để kiểm tra (trên {detail} ký tự); hãy tách kế hoạch thành nhiều tệp.',
        en: 'The file is too large to check (over {detail} characters); split the plan into several files.',
      },
      aliasBomb: {
        vi: 'Các bí danh YAML (*alias) mở rộng quá {detail} nút; tệp bị từ chối để tránh treo máy.',
        en: 'YAML aliases (*alias) expand past {detail} nodes; the file is refused to avoid a hang.',
      },
      aliasCycle: {
        vi: 'Bí danh YAML "{detail}" trỏ vào chính mục chứa nó.',
        en: 'YAML alias "{detail}" refers to the mapping that contains it.',
      },
      complexKey: {
        vi: 'Khóa phải là một chữ hoặc cụm chữ, không phải danh sách hay bảng.',
        en: 'Keys must be plain words, not lists or mappings.',
      },
      notUtf8: {
        vi: 'Tệp không phải mã hóa UTF-8 (byte không hợp lệ ở đây); hãy lưu lại tệp dạng UTF-8.',
        en: 'The file is not UTF-8 (invalid byte here); save it again as UTF-8.',
      },
      tooDeep: {
        vi: 'Các danh sách, bảng lồng nhau quá {detail} tầng; tệp bị từ chối để tránh treo máy.',
        en: 'Lists and mappings are nested more than {detail} levels deep; the file is refused to avoid a crash.',
      },
      unsupportedTag: {
        vi: 'Thẻ YAML "{detail}" không dùng trong kế hoạch: giá trị được đọc như chữ đã ghi; hãy bỏ thẻ.',
        en: 'The YAML tag "{detail}" has no place in a plan: the value is read as the text written; remove the tag.',
      },
      other: {
        vi: 'Lỗi cú pháp YAML: {detail}',
        en: 'YAML syntax error: {detail}',
      },
    },
    examples: {
      valid: [`${EXAMPLE_HEAD}number: 84/KH-UBND\n`],
      invalid: [`${EXAMPLE_HEAD}number: 84/KH-UBND\nnumber: 85/KH-UBND\n`],
    },
  },
  check(ctx) {
    for (const problem of ctx.source.problems) {
      const messageId = (SPECIFIC as Record<string, (typeof SPECIFIC)[keyof typeof SPECIFIC]>)[problem.code] ?? 'other';
      ctx.report({ messageId, data: { detail: problem.detail, code: problem.code }, at: { range: problem.range } });
    }
  },
});
