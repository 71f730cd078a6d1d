/**
 * The product's look for antd, the one component library of every app. antd's default blue (#1677ff) gives white
 * text a contrast of 4.1:1, under the 4.5:1 of WCAG AA that axe checks; its secondary text (45 % black) 3.4:1 and
 * its error red (#ff4d4f, a field's message) 3.3:1. All three are raised here (6.7:1, 5.3:1 and 5.6:1).
 */
import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // A drop-down's placeholder ("Chọn…") is text axe checks: 25 % black gives 1.9:1.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorError: '#cf1322',
    fontSize: 15,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 'auto', footerPadding: '16px' },
  },
};
