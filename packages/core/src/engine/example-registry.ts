import type { AgencyEntry } from '../schema/registry.js';

/**
 * The small district registry that rule examples (docs pages and their tests) are
 * checked against: the agencies of the Bình Sơn seed plan.
 */
export const EXAMPLE_AGENCIES: AgencyEntry[] = [
  { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện Bình Sơn', short: 'UBND huyện', kind: 'people-committee', level: 'district' },
  { id: 'phong-vhtt', name: 'Phòng Văn hóa và Thông tin', short: 'Phòng VH&TT', kind: 'department', level: 'district' },
  { id: 'phong-noi-vu', name: 'Phòng Nội vụ', kind: 'department', level: 'district' },
  { id: 'phong-tu-phap', name: 'Phòng Tư pháp', kind: 'department', level: 'district' },
  {
    id: 'trung-tam-tt-vh-tt',
    name: 'Trung tâm Truyền thông - Văn hóa - Thể thao',
    kind: 'unit',
    level: 'district',
  },
  { id: 'ubnd-cac-xa', name: 'UBND các xã, thị trấn', kind: 'collective', level: 'commune' },
  { id: 'cac-co-quan-lien-quan', name: 'Các cơ quan, đơn vị liên quan', kind: 'collective' },
  {
    id: 'cac-phong-ban',
    name: 'Các phòng, ban chuyên môn thuộc UBND huyện',
    short: 'Các phòng, ban',
    kind: 'collective',
    level: 'district',
    memberKinds: ['department'],
  },
  { id: 'ubmttq-huyen', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', short: 'Ủy ban MTTQ Việt Nam huyện', kind: 'mass-organisation', level: 'district' },
  { id: 'toa-an-huyen', name: 'Tòa án nhân dân huyện', kind: 'judicial', level: 'district' },
];

/** The head every rule example starts with. */
export const EXAMPLE_HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
`;
