import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import type { Signature } from '../schema/plan.js';
import { matchKey } from '../text/normalize.js';

/**
 * Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I: "TM." (on behalf of a collective
 * body) heads the block; under it "KT." (a deputy signing for the head), "Q." (acting
 * head), "TL." (by order) or "TUQ." (by authorisation) may follow, once. A deputy
 * ("Phó ...") signs only under "KT.".
 */
const FOLLOWERS = new Set(['KT', 'Q', 'TL', 'TUQ']);

export const signatureChain = defineRule({
  meta: {
    id: 'signature-chain',
    category: 'structure',
    severity: 'warn',
    description: {
      vi: 'Khối chữ ký đúng thể thức Nghị định 30: "TM." đứng đầu, sau đó một trong "KT.", "Q.", "TL.", "TUQ."; cấp phó ký phải có "KT."; không ghi thẩm quyền hai lần (chain và authority).',
      en: 'The signature block follows Decree 30: "TM." first, then one of "KT.", "Q.", "TL.", "TUQ."; a deputy signs under "KT."; the authority is not stated twice (chain and authority).',
    },
    rationale: {
      vi: 'Thẩm quyền ký là phần pháp lý của văn bản: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" nói rằng Phó Chủ tịch ký thay Chủ tịch, thay mặt tập thể Ủy ban. Thứ tự sai, hoặc Phó Chủ tịch ký mà không có "KT.", là lỗi thể thức mà văn thư sẽ trả lại.',
      en: 'The signing authority is the legal part of the document: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" says the vice-chairman signs for the chairman, on behalf of the committee. A wrong order, or a deputy signing without "KT.", is a form error the records office sends back.',
    },
    messages: {
      order: {
        vi: '"{authority}." không thể đứng sau "{previous}.": "TM." đứng đầu, sau đó một dòng "KT.", "Q.", "TL." hoặc "TUQ.".',
        en: '"{authority}." cannot follow "{previous}.": "TM." comes first, then one "KT.", "Q.", "TL." or "TUQ." line.',
      },
      deputyWithoutKt: {
        vi: 'Người ký là cấp phó ("{capacity}") nhưng khối chữ ký không có dòng "KT.".',
        en: 'The signer is a deputy ("{capacity}") but the block has no "KT." line.',
      },
      twice: {
        vi: 'Thẩm quyền ký ghi hai lần: dùng "chain" (nhiều dòng) hoặc "authority" và "for" (một dòng), không dùng cả hai.',
        en: 'The signing authority is stated twice: use "chain" (several lines) or "authority" and "for" (one line), not both.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}signature:
  chain:
    - { authority: TM, for: Ủy ban nhân dân }
    - { authority: KT, for: Chủ tịch }
  capacity: Phó Chủ tịch
  name: Nguyễn Văn An
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}signature:
  chain:
    - { authority: TM, for: Ủy ban nhân dân }
  capacity: Phó Chủ tịch
  name: Nguyễn Văn An
`,
      ],
    },
  },
  check(ctx) {
    const check = (sig: Partial<Signature> | undefined): void => {
      if (!sig) return;
      const chain = sig.chain ?? [];
      if (chain.length && sig.authority !== undefined) {
        ctx.report({ messageId: 'twice', at: { node: sig, key: 'authority' } });
      }
      chain.forEach((line, i) => {
        if (i === 0) return;
        const previous = chain[i - 1]?.authority;
        const fine = previous === 'TM' && FOLLOWERS.has(line.authority) && i === 1;
        if (!fine) ctx.report({ messageId: 'order', data: { authority: line.authority, previous: previous ?? '' }, at: { node: line, key: 'authority' } });
      });
      const capacity = sig.capacity?.trim();
      const hasKt = chain.some((l) => l.authority === 'KT') || sig.authority === 'KT';
      if (capacity && /^phó(\s|$)/u.test(matchKey(capacity)) && !hasKt) {
        const at: Locator = { node: sig, key: 'capacity' };
        ctx.report({ messageId: 'deputyWithoutKt', data: { capacity }, at });
      }
    };
    check(ctx.plan.signature);
    check(ctx.plan.decision?.signature);
  },
});
