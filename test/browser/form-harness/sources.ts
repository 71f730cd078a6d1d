/** Small fixed data sources for the harness: provinces and their communes, roles, a unit tree, components. */
import type { DataSource, SourceOption } from '../../../runtime/web/form/index.ts';

const COMMUNES: Record<string, SourceOption[]> = {
  '68': [
    { value: '68.001', label: 'Phường Xuân Hương – Đà Lạt' },
    { value: '68.002', label: 'Xã Lạc Dương' },
  ],
  '01': [
    { value: '01.001', label: 'Phường Ba Đình' },
    { value: '01.002', label: 'Phường Hoàn Kiếm' },
  ],
};

export const HARNESS_SOURCES: Record<string, DataSource> = {
  provinces: () =>
    Promise.resolve([
      { value: '01', label: 'Thành phố Hà Nội' },
      { value: '68', label: 'Tỉnh Lâm Đồng' },
    ]),
  communes: (province) => Promise.resolve(COMMUNES[province ?? ''] ?? []),
  roles: () => [
    { value: 'reception', label: { vi: 'Cán bộ một cửa', en: 'One-stop officer' } },
    { value: 'specialist', label: { vi: 'Chuyên viên', en: 'Specialist' } },
  ],
  units: () => [
    {
      value: 'H41',
      label: 'UBND tỉnh',
      children: [
        { value: 'H41.01', label: 'UBND xã Một' },
        { value: 'H41.02', label: 'UBND xã Hai' },
      ],
    },
  ],
  components: () => [
    { value: 'birth_proof', label: { vi: 'Giấy chứng sinh', en: 'Birth certificate' } },
    { value: 'id_card', label: { vi: 'Căn cước', en: 'ID card' } },
  ],
};
