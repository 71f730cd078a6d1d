/** A node type's icon key (from the engine's registry) as an icon; a key not listed here gets a plain one. */
import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BranchesOutlined,
  ForkOutlined,
  InboxOutlined,
  MergeCellsOutlined,
  PlayCircleOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SolutionOutlined,
  StopOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

const ICONS: Record<string, ComponentType> = {
  play: PlayCircleOutlined,
  inbox: InboxOutlined,
  clipboard: SolutionOutlined,
  stamp: AuditOutlined,
  split: BranchesOutlined,
  fork: ForkOutlined,
  merge: MergeCellsOutlined,
  building: BankOutlined,
  wallet: WalletOutlined,
  certificate: SafetyCertificateOutlined,
  send: SendOutlined,
  stop: StopOutlined,
};

export function TypeIcon({ icon }: { icon: string }) {
  const Icon = ICONS[icon] ?? AppstoreOutlined;
  return <Icon aria-hidden />;
}
