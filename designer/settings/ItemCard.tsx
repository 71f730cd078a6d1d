/** One item of a settings list: a card titled with its name, with move up, move down and remove. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import type { ListEdits } from './useList.ts';
import { useSettingsWords } from './words.ts';

export function ItemCard({
  name,
  index,
  edits,
  children,
}: {
  name: string;
  index: number;
  edits: Pick<ListEdits<unknown>, 'list' | 'readonly' | 'move' | 'remove'>;
  children: ReactNode;
}) {
  const { t } = useSettingsWords();
  const { list, readonly, move, remove } = edits;
  const actions = (
    <Space>
      <Button
        icon={<ArrowUpOutlined />}
        aria-label={t('list.up', { name })}
        disabled={readonly || index === 0}
        onClick={() => move(index, index - 1)}
      />
      <Button
        icon={<ArrowDownOutlined />}
        aria-label={t('list.down', { name })}
        disabled={readonly || index === list.length - 1}
        onClick={() => move(index, index + 1)}
      />
      <Button
        danger
        icon={<DeleteOutlined />}
        aria-label={t('list.remove', { name })}
        disabled={readonly}
        onClick={() => remove(index)}
      />
    </Space>
  );
  return (
    <Card size="small" className="mc-settings-item" title={name} extra={actions}>
      {children}
    </Card>
  );
}
