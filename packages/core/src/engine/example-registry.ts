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
];

/** The head every rule example starts with. */
export const EXAMPLE_HEAD = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
`;
