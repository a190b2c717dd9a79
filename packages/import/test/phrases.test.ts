import { describe, expect, it } from 'vitest';
import { agencyHeading, leadingSubject, opensRequest } from '../src/body/phrases.js';

// Sentences written for these tests (the wording is ours), in the shapes plans assign work.
describe('the bodies a sentence opens with', () => {
  it('stops at the first verb of the work', () => {
    expect(leadingSubject('Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các văn bản.')?.names).toEqual(['Sở Tư pháp']);
  });

  it('reads past what the sentence is about ("Đối với ...,", "Căn cứ Kế hoạch này,") to its subject', () => {
    expect(leadingSubject('Đối với các công trình khởi công trong năm 2026, Ủy ban nhân dân các xã chủ động bố trí vốn đối ứng.')?.names).toEqual([
      'Ủy ban nhân dân các xã',
    ]);
    expect(leadingSubject('Căn cứ Kế hoạch này, Sở Y tế xây dựng kế hoạch chi tiết.')?.names).toEqual(['Sở Y tế']);
    // Not a body after the comma: no subject.
    expect(leadingSubject('Đối với các công trình khởi công trong năm 2026, cần bố trí vốn đối ứng.')).toBeUndefined();
  });

  it('keeps a clause that says which bodies a group is, up to the duty it has', () => {
    expect(leadingSubject('Các đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm báo cáo kết quả hằng quý.')?.names).toEqual([
      'Các đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này',
    ]);
    expect(leadingSubject('Các sở, ngành có liên quan tới việc tổ chức Hội chợ chịu trách nhiệm bố trí gian hàng.')?.names).toEqual([
      'Các sở, ngành có liên quan tới việc tổ chức Hội chợ',
    ]);
  });

  it('does not read such a clause into bodies listed one by one, nor past a punctuation mark', () => {
    expect(leadingSubject('Các sở, ngành và Ủy ban nhân dân các xã được phân công thực hiện nhiệm vụ có trách nhiệm báo cáo kết quả.')?.names).toEqual([
      'Các sở, ngành',
      'Ủy ban nhân dân các xã',
    ]);
    expect(leadingSubject('Các cơ quan được giao nhiệm vụ, có trách nhiệm báo cáo kết quả.')?.names).toEqual(['Các cơ quan']);
    // No duty follows: the clause is the work.
    expect(leadingSubject('Các cơ quan được cung cấp tài liệu để nghiên cứu.')?.names).toEqual(['Các cơ quan']);
  });
});

describe('what a plan asks of society', () => {
  it('reads kinds of society before a colon, then what they are asked to do, as a request to them', () => {
    const text = 'Các doanh nghiệp, hộ gia đình và người dân: Chủ động gia cố nhà cửa, dự trữ lương thực trước mùa mưa bão.';
    expect(opensRequest(text)).toBe(true);
    expect(agencyHeading(text)).toMatchObject({ names: ['Các doanh nghiệp, hộ gia đình và người dân'], request: true, inline: 'Chủ động gia cố nhà cửa, dự trữ lương thực trước mùa mưa bão.' });
  });

  it('leaves a category ("Cá nhân: ..." of who may be awarded) and a list without a verb after it alone', () => {
    expect(opensRequest('Cá nhân: Có thành tích xuất sắc trong phong trào thi đua của tỉnh.')).toBe(false);
    expect(opensRequest('Tổ chức, cá nhân: Cán bộ, công chức, viên chức và người lao động của các đơn vị.')).toBe(false);
    expect(opensRequest('Sở Tư pháp: Chủ trì tổ chức hội nghị.')).toBe(false);
    expect(opensRequest('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.')).toBe(true);
  });
});
