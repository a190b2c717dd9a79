import { describe, expect, it } from 'vitest';
import { COMMUNE, PROVINCE, applyLspEdits, fixtureText, workspace } from '../helpers.js';

async function format(text: string): Promise<string> {
  const ws = await workspace();
  const uri = ws.openRaw(COMMUNE, text);
  return applyLspEdits(text, await ws.service.format(uri));
}

const fourSpaces = `kind: plan   
issuer:
    name: Ủy ban nhân dân xã Bình Trị
    level: commune
year: 2024
title: 'Tuyên truyền cải cách hành chính'

# Các nhiệm vụ cụ thể
tasks:
    # Nhiệm vụ thứ nhất
    -   id: niem-yet-tthc
        title: "Niêm yết công khai các TTHC"  # như văn bản
        lead: Công chức Văn hóa - Xã hội
        coordinators: [cong-chuc-tp-ht,
            ubnd-xa]
        content: |
            Niêm yết tại Bộ phận Một cửa:
              - thủ tục hộ tịch
        timeframe: Thường xuyên
            trong năm
reporting:
- to: UBND huyện
  via: Phòng Văn hóa và Thông tin
`;

const twoSpaces = `kind: plan
issuer:
  name: Ủy ban nhân dân xã Bình Trị
  level: commune
year: 2024
title: 'Tuyên truyền cải cách hành chính'

# Các nhiệm vụ cụ thể
tasks:
  # Nhiệm vụ thứ nhất
  - id: niem-yet-tthc
    title: "Niêm yết công khai các TTHC"  # như văn bản
    lead: Công chức Văn hóa - Xã hội
    coordinators: [cong-chuc-tp-ht,
        ubnd-xa]
    content: |
        Niêm yết tại Bộ phận Một cửa:
          - thủ tục hộ tịch
    timeframe: Thường xuyên
        trong năm
reporting:
- to: UBND huyện
  via: Phòng Văn hóa và Thông tin
`;

describe('formatting', () => {
  it('normalises indentation to 2 spaces and trailing whitespace, keeping comments, quotes, blank lines and text', async () => {
    expect(await format(fourSpaces)).toBe(twoSpaces);
  });

  it('is a no-op on a formatted file', async () => {
    const ws = await workspace();
    for (const name of [COMMUNE, PROVINCE, 'agencies.yaml', 'kehoach.config.yaml']) {
      const uri = ws.openRaw(name, fixtureText(name));
      expect(await ws.service.format(uri), name).toEqual([]);
    }
    const uri = ws.openRaw(COMMUNE, twoSpaces);
    expect(await ws.service.format(uri)).toEqual([]);
  });

  it('keeps CRLF line ends', async () => {
    expect(await format(fourSpaces.replace(/\n/g, '\r\n'))).toBe(twoSpaces.replace(/\n/g, '\r\n'));
  });

  it('leaves a document with syntax errors alone', async () => {
    const broken = 'kind: plan\ntasks:\n    - id: a\n      title: [unclosed\n';
    expect(await format(broken)).toBe(broken);
  });

  it('leaves block text with an explicit indentation indicator alone', async () => {
    const text = 'kind: plan\nclosing: |2\n      Trên đây là Kế hoạch\nissuer:\n    name: UBND xã\n';
    expect(await format(text)).toBe(text);
  });
});

describe('formatting a plan written as the document', () => {
  it('leaves a formatted plan as it is: flow maps of table columns and signature chains, comments', async () => {
    for (const name of ['tinh.kehoach.yaml', 'xa.kehoach.yaml']) {
      const text = fixtureText(name, 'document');
      expect(await format(text)).toBe(text);
    }
  });

  it('brings a group written with 4 spaces and "-   " back to 2 spaces', async () => {
    const text = fixtureText('tinh.kehoach.yaml', 'document');
    const two = '        items:\n          - id: bo-tri-kinh-phi\n            title: Tham mưu bố trí kinh phí thực hiện Kế hoạch\n';
    const four = '        items:\n            # Nhiệm vụ của Sở Tài chính\n            -   id: bo-tri-kinh-phi\n                title: Tham mưu bố trí kinh phí thực hiện Kế hoạch\n';
    expect(text).toContain(two);
    expect(await format(text.replace(two, four))).toBe(text.replace(two, two.replace('        items:\n', '        items:\n          # Nhiệm vụ của Sở Tài chính\n')));
  });
});
