import { describe, expect, it } from 'vitest';
import { importPlan, importText, NotAPlanError } from '../src/index.js';
import { SEEDS, seedText } from './measure.js';

const refusal = (f: () => unknown): NotAPlanError => {
  try {
    f();
  } catch (error) {
    if (error instanceof NotAPlanError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('input that is not a plan', () => {
  it('refuses an empty file, a binary file and random bytes as not text', () => {
    expect(refusal(() => importText('  \n\n ')).kind).toBe('empty');
    expect(refusal(() => importText('PK\u0003\u0004\u0000\u0000binary\u0000\u0001')).kind).toBe('binary');
    const random = new TextDecoder().decode(Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
    const error = refusal(() => importText(random));
    expect(error.kind).toBe('binary');
    expect(error.reason.vi).toMatch(/^tệp không phải văn bản/u);
    expect(error.reason.en).toMatch(/^the file is not text/u);
  });

  it('refuses a web page, even one about a plan', () => {
    const page = '<!doctype html><html lang="vi"><head><title>Kế hoạch</title></head><body><h1>KẾ HOẠCH</h1><p>I. MỤC ĐÍCH</p></body></html>';
    expect(refusal(() => importText(page)).kind).toBe('html');
  });

  it('refuses text without the marks of a plan: a letter, a list of things to do', () => {
    const letter = 'Kính gửi anh Nam,\nEm gửi anh kế hoạch đi công tác tuần sau như đã trao đổi.\n1. Thứ hai: họp tổ.\n2. Thứ ba: đi Đà Nẵng.\nTrân trọng.';
    expect(refusal(() => importText(letter)).kind).toBe('not-a-plan');
  });

  it('refuses a DOCX whose text is not a plan', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('Thực đơn tuần này'), new Paragraph('Thứ hai: phở; thứ ba: cơm tấm.')] }] });
    await expect(importPlan({ docx: new Uint8Array(await Packer.toBuffer(doc)) })).rejects.toBeInstanceOf(NotAPlanError);
  });

  it("reads a plan's body copied without its header or signature", () => {
    const body = 'I. MỤC ĐÍCH\nTriển khai Kế hoạch của tỉnh.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch này.';
    expect(() => importText(body)).not.toThrow();
  });

  it.each(SEEDS)('reads the seed %s as a plan', (seed) => {
    expect(() => importText(seedText(seed))).not.toThrow();
  });
});
