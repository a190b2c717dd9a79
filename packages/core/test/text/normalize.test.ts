import { describe, it, expect } from 'vitest';
import { isNfc, looseKey, matchKey, nfc, stripMarks, toTonePlacement, tonePlacementOf } from '../../src/text/normalize.js';

// Agency names as the three seed plans write them.
const SEED_NAMES = [
  'Phòng Văn hoá và Thông tin',
  'Phòng Văn hóa và Thông tin',
  'Trung tâm Truyền thông – Văn hóa – Thể thao',
  'Trung tâm Truyền thông - Văn hoá - Thể thao',
  'Văn phòng HĐND&UBND',
  'Văn phòng HĐND và UBND',
  'VP HĐND&UBND',
  'UBND huyện Thuỷ Nguyên',
  'Ủy ban nhân dân xã Dương Quan',
  'TM. UỶ BAN NHÂN DÂN',
  'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội',
  'UBMTTQVN tỉnh Tây Ninh',
  'Các cơ quan, đơn vị liên quan..',
  'Phòng VH&TT huyện',
  'Công chức Tư pháp - Hộ tịch, Công chức Văn hóa - Xã hội',
  'TT Đảng uỷ, HĐND xã',
  'Sở Tài nguyên và Môi trường',
];

describe('nfc / isNfc', () => {
  it('composes NFD input (PDF extraction) and tells NFC apart', () => {
    const nfd = 'Phòng Văn hóa'.normalize('NFD');
    expect(nfd.length).toBe(16);
    expect(isNfc(nfd)).toBe(false);
    expect(nfc(nfd)).toBe('Phòng Văn hóa');
    expect(nfc(nfd).length).toBe(13);
    expect(isNfc('Phòng Văn hóa')).toBe(true);
    expect(isNfc('')).toBe(true);
  });
});

describe('matchKey', () => {
  it('ignores tone-mark placement: "hoá" == "hóa", "Uỷ" == "Ủy", "Thuỷ" == "Thủy"', () => {
    expect(matchKey('Phòng Văn hoá và Thông tin')).toBe('phòng văn hóa và thông tin');
    expect(matchKey('Phòng Văn hóa và Thông tin')).toBe('phòng văn hóa và thông tin');
    expect(matchKey('Uỷ ban nhân dân')).toBe('ủy ban nhân dân');
    expect(matchKey('Ủy ban nhân dân')).toBe('ủy ban nhân dân');
    expect(matchKey('TM. UỶ BAN NHÂN DÂN')).toBe('tm. ủy ban nhân dân');
  });

  it('unifies dashes with or without spaces', () => {
    const a = matchKey('Trung tâm Truyền thông – Văn hóa – Thể thao');
    expect(a).toBe('trung tâm truyền thông-văn hóa-thể thao');
    expect(matchKey('Trung tâm Truyền thông - Văn hoá - Thể thao')).toBe(a);
    expect(matchKey('Trung tâm Truyền thông—Văn hóa—Thể thao')).toBe(a);
    expect(matchKey('Phòng Tài chính - Kế hoạch')).toBe(matchKey('Phòng Tài chính-Kế hoạch'));
  });

  it('reads "&" as "và" and expands the unambiguous abbreviations', () => {
    const full = 'văn phòng hội đồng nhân dân và ủy ban nhân dân';
    expect(matchKey('Văn phòng HĐND&UBND')).toBe(full);
    expect(matchKey('Văn phòng HĐND và UBND')).toBe(full);
    expect(matchKey('VP HĐND&UBND')).toBe(full);
    expect(matchKey('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân')).toBe(full);
    expect(matchKey('UBND huyện Thuỷ Nguyên')).toBe('ủy ban nhân dân huyện thủy nguyên');
    expect(matchKey('UBMTTQVN tỉnh Tây Ninh')).toBe('ủy ban mặt trận tổ quốc việt nam tỉnh tây ninh');
    expect(matchKey('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh')).toBe(matchKey('UBMTTQVN tỉnh Tây Ninh'));
    expect(matchKey('MTTQ, các tổ chức chính trị - xã hội huyện')).toBe('mặt trận tổ quốc, các tổ chức chính trị-xã hội huyện');
  });

  it('leaves ambiguous abbreviations as written', () => {
    expect(matchKey('Phòng VH&TT')).toBe('phòng vh và tt');
    expect(matchKey('Sở TTTT (b/c)')).toBe('sở tttt (b/c)');
  });

  it('drops trailing .,;: and quotes, collapses whitespace, keeps đ', () => {
    expect(matchKey('Các cơ quan, đơn vị liên quan..')).toBe('các cơ quan, đơn vị liên quan');
    expect(matchKey('  Phòng   Nội vụ ;')).toBe('phòng nội vụ');
    expect(matchKey('“Cải cách hành chính”')).toBe('cải cách hành chính');
    expect(matchKey('ĐÀI PHÁT THANH')).toBe('đài phát thanh');
  });

  it('composes NFD input and reads Ð (U+00D0) as Đ', () => {
    expect(matchKey('Phòng Văn hoá và Thông tin'.normalize('NFD'))).toBe('phòng văn hóa và thông tin');
    expect(matchKey('\u00D0ài Phát thanh')).toBe('đài phát thanh');
  });

  it('keeps different names apart', () => {
    expect(matchKey('Phòng Văn hóa và Thông tin')).not.toBe(matchKey('Phòng Văn hóa'));
    expect(matchKey('Sở Nội vụ')).not.toBe(matchKey('Sở Tư pháp'));
    expect(matchKey('năm')).not.toBe(matchKey('nam'));
  });
});

describe('looseKey', () => {
  it('strips every mark and folds đ to d', () => {
    expect(looseKey('Phòng Văn hóa')).toBe('phong van hoa');
    expect(looseKey('Phòng Văn hoá và Thông tin'.normalize('NFD'))).toBe('phong van hoa va thong tin');
    expect(looseKey('Đài Phát thanh và Truyền hình Tây Ninh')).toBe('dai phat thanh va truyen hinh tay ninh');
    expect(looseKey('Văn phòng HĐND&UBND')).toBe('van phong hoi dong nhan dan va uy ban nhan dan');
    expect(looseKey('Trung tâm Truyền thông – Văn hóa – Thể thao')).toBe('trung tam truyen thong-van hoa-the thao');
    expect(looseKey('ubnd các xã, thị trấn.')).toBe('uy ban nhan dan cac xa, thi tran');
    expect(looseKey('')).toBe('');
    expect(looseKey(' & ')).toBe('va');
  });

  it('is matchKey with the marks stripped, for every seed name', () => {
    for (const name of SEED_NAMES) {
      expect(looseKey(name)).toBe(stripMarks(matchKey(name)));
      expect(looseKey(name.normalize('NFD'))).toBe(looseKey(name));
      expect(looseKey(looseKey(name))).toBe(looseKey(name));
    }
  });
});

describe('toTonePlacement / tonePlacementOf', () => {
  it('moves the mark in open oa, oe, uy', () => {
    expect(toTonePlacement('hoá thuỷ khoẻ uỷ hoà thuý', 'classic')).toBe('hóa thủy khỏe ủy hòa thúy');
    expect(toTonePlacement('hóa thủy khỏe ủy hòa thúy', 'reformed')).toBe('hoá thuỷ khoẻ uỷ hoà thuý');
    expect(toTonePlacement('UBND huyện Thuỷ Nguyên', 'classic')).toBe('UBND huyện Thủy Nguyên');
    expect(toTonePlacement('TM. UỶ BAN NHÂN DÂN', 'classic')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(toTonePlacement('Uỷ ban', 'classic')).toBe('Ủy ban');
  });

  it('leaves syllables where both styles agree', () => {
    const same = 'quý giá gìn giữ hoàn thuyền khoảng người ngoài khuỷu thuở của mía huỳnh quyết hoạch xoáy';
    expect(toTonePlacement(same, 'classic')).toBe(same);
    expect(toTonePlacement(same, 'reformed')).toBe(same);
  });

  it('repairs a mark put on the wrong letter', () => {
    expect(toTonePlacement('qúy', 'reformed')).toBe('quý');
    expect(toTonePlacement('hòan', 'reformed')).toBe('hoàn');
  });

  it('returns NFC, also for NFD input and text without marks', () => {
    expect(toTonePlacement('Văn hoá'.normalize('NFD'), 'classic')).toBe('Văn hóa');
    expect(toTonePlacement('PAR INDEX, Zalo', 'reformed')).toBe('PAR INDEX, Zalo');
  });

  it('tells the style of a syllable where the styles differ', () => {
    expect(tonePlacementOf('hoá')).toBe('reformed');
    expect(tonePlacementOf('hóa')).toBe('classic');
    expect(tonePlacementOf('thuỷ')).toBe('reformed');
    expect(tonePlacementOf('thủy')).toBe('classic');
    expect(tonePlacementOf('khoẻ')).toBe('reformed');
    expect(tonePlacementOf('khỏe')).toBe('classic');
    expect(tonePlacementOf('Uỷ')).toBe('reformed');
    expect(tonePlacementOf('quý')).toBeUndefined();
    expect(tonePlacementOf('hoàn')).toBeUndefined();
    expect(tonePlacementOf('hoa')).toBeUndefined();
    expect(tonePlacementOf('Phòng Văn hoá')).toBe('reformed');
  });
});
