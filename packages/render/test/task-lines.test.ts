import { describe, expect, it } from 'vitest';
import { bodyLines, documentOf, HEAD } from './helpers/inline.js';

/** The body of a plan written in the document shape, as lines "marker text". */
async function linesOf(sections: string, rest = ''): Promise<string[]> {
  return bodyLines((await documentOf(`${HEAD}${rest}sections:\n${sections}`)).body);
}

describe('the lines of a task, worded as the plan words them', () => {
  const TASKS = `  - heading: NHIỆM VỤ
    items:
      - id: so-hoa
        title: Số hóa hồ sơ lưu trữ của các phòng
        lead: Phòng Nội vụ
        coordinators: Văn phòng HĐND và UBND huyện
        timeframe: Quý III năm 2024
      - id: tap-huan
        title: Tập huấn kỹ năng lưu trữ điện tử
        lead: Phòng Nội vụ
        timeframe: Tháng 10 năm 2024
        labels: { lead: Đơn vị chủ trì tham mưu, timeframe: Thời hạn hoàn thành }
      - id: mua-sam
        title: Mua sắm máy quét tài liệu
        content: Mua 02 máy quét khổ A3 cho kho lưu trữ huyện.
        lead: Phòng Tài chính - Kế hoạch
        labels: { content: Nội dung }
`;

  it('labels the lines with the plan\'s own words, a task\'s own words where it has them, and the content line only where the task labels it', async () => {
    const lines = await linesOf(TASKS, 'labels: { lead: Đơn vị chủ trì thực hiện, coordinators: Đơn vị phối hợp }\n');
    expect(lines).toEqual([
      'I. NHIỆM VỤ',
      '1. Số hóa hồ sơ lưu trữ của các phòng',
      '- Đơn vị chủ trì thực hiện: Phòng Nội vụ.',
      '- Đơn vị phối hợp: Văn phòng HĐND và UBND huyện.',
      '- Thời gian thực hiện: Quý III năm 2024.',
      '2. Tập huấn kỹ năng lưu trữ điện tử',
      '- Đơn vị chủ trì tham mưu: Phòng Nội vụ.',
      '- Thời hạn hoàn thành: Tháng 10 năm 2024.',
      '3. Mua sắm máy quét tài liệu',
      '- Nội dung: Mua 02 máy quét khổ A3 cho kho lưu trữ huyện.',
      '- Đơn vị chủ trì thực hiện: Phòng Tài chính - Kế hoạch.',
    ]);
  });

  it('says "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện" when the plan words nothing', async () => {
    const lines = await linesOf(TASKS);
    expect(lines.slice(2, 5)).toEqual(['- Cơ quan chủ trì: Phòng Nội vụ.', '- Cơ quan phối hợp: Văn phòng HĐND và UBND huyện.', '- Thời gian thực hiện: Quý III năm 2024.']);
  });

  it('states a task\'s lines after its points, and a group\'s lines before its tasks', async () => {
    const lines = await linesOf(`  - heading: NHIỆM VỤ
    items:
      - id: ra-soat
        title: Rà soát thủ tục hành chính
        numbering: dash
        items:
          - Lập danh mục thủ tục cần đơn giản hóa.
          - Đề xuất phương án cắt giảm thời gian giải quyết.
        lead: Phòng Tư pháp
        timeframe: Quý II năm 2024
      - id: ve-so-hoa
        title: Về chuyển đổi số
        coordinators: UBND các xã, thị trấn
        items:
          - id: mot-cua
            title: Vận hành bộ phận một cửa điện tử
            lead: Văn phòng HĐND và UBND huyện
`);
    expect(lines).toEqual([
      'I. NHIỆM VỤ',
      '1. Rà soát thủ tục hành chính',
      '- Lập danh mục thủ tục cần đơn giản hóa.',
      '- Đề xuất phương án cắt giảm thời gian giải quyết.',
      '- Cơ quan chủ trì: Phòng Tư pháp.',
      '- Thời gian thực hiện: Quý II năm 2024.',
      '2. Về chuyển đổi số',
      '- Cơ quan phối hợp: UBND các xã, thị trấn.',
      'a) Vận hành bộ phận một cửa điện tử',
      '- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.',
    ]);
  });

  it('repeats nothing the task\'s own sentence says: how often, what figure, to whom it reports, who it works with, whom it asks', async () => {
    const lines = await linesOf(`  - heading: TỔ CHỨC THỰC HIỆN
    items:
      - id: bao-cao
        title: Phòng Nội vụ tổng hợp kết quả hằng quý, phối hợp với Phòng Tư pháp và các xã, thị trấn, báo cáo UBND huyện qua Văn phòng HĐND và UBND huyện trước ngày 20 của tháng cuối quý.
        lead: Phòng Nội vụ
        frequency: hằng quý
        coordinators: [Phòng Tư pháp, các xã, thị trấn]
        report: { to: UBND huyện, via: Văn phòng HĐND và UBND huyện, due: trước ngày 20 của tháng cuối quý }
      - id: tin-bai
        title: Đài Truyền thanh huyện đăng tối thiểu 12 tin, bài về cải cách hành chính.
        lead: Đài Truyền thanh huyện
        quantity: { text: "tối thiểu 12 tin, bài", value: 12, unit: "tin, bài", comparator: min }
      - id: de-nghi
        title: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể huyện
        request: [Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các đoàn thể huyện]
        items:
          - id: giam-sat
            title: Giám sát việc giải quyết thủ tục hành chính.
      - id: bao-cao-ket-qua
        title: Tổng hợp kết quả thực hiện.
        lead: Phòng Nội vụ
        report: { to: UBND huyện, due: trước ngày 25/11/2024 }
`);
    expect(lines).toEqual([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ tổng hợp kết quả hằng quý, phối hợp với Phòng Tư pháp và các xã, thị trấn, báo cáo UBND huyện qua Văn phòng HĐND và UBND huyện trước ngày 20 của tháng cuối quý.',
      '2. Đài Truyền thanh huyện đăng tối thiểu 12 tin, bài về cải cách hành chính.',
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể huyện',
      'a) Giám sát việc giải quyết thủ tục hành chính.',
      '4. Tổng hợp kết quả thực hiện.',
      '- Cơ quan chủ trì: Phòng Nội vụ.',
      // A report path the sentence does not state is printed, with every part of it.
      '- Báo cáo về UBND huyện trước ngày 25/11/2024.',
    ]);
  });
});
