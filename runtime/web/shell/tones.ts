/**
 * Solid tag colours whose white text passes WCAG AA (at least 5.5:1); antd's preset tag colours (green text on
 * pale green, 3.2:1) do not.
 */
export const TONES = {
  success: '#237804',
  info: '#0b5cad',
  warning: '#874d00',
  danger: '#a8071a',
  teal: '#006d75',
} as const;
