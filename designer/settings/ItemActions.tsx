/** Move up, move down and remove for one item of a list. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useSettingsWords } from './words.ts';

export function ItemActions({
  name,
  index,
  count,
  disabled,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove(to: number): void;
  onRemove(): void;
}) {
  const { t } = useSettingsWords();
  return (
    <Space>
      <Button
        icon={<ArrowUpOutlined />}
        aria-label={t('list.up', { name })}
        disabled={disabled || index === 0}
        onClick={() => onMove(index - 1)}
      />
      <Button
        icon={<ArrowDownOutlined />}
        aria-label={t('list.down', { name })}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index + 1)}
      />
      <Button
        danger
        icon={<DeleteOutlined />}
        aria-label={t('list.remove', { name })}
        disabled={disabled}
        onClick={onRemove}
      />
    </Space>
  );
}
