/** A step on the canvas: its type's icon and colour, its name, who does it and where, and a problem marker. */
import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepNode as Step } from './flow.ts';
import { TypeIcon } from './icons.tsx';

export const StepNode = memo(function StepNode({ data, selected }: NodeProps<Step>) {
  return (
    <div
      className={`mc-step${selected ? ' mc-step-selected' : ''}${data.severity ? ` mc-step-${data.severity}` : ''}`}
      style={{ borderLeftColor: data.color }}
    >
      <Handle type="target" position={Position.Left} />
      <div className="mc-step-head">
        <span className="mc-step-icon" style={{ background: data.color }}>
          <TypeIcon icon={data.icon} />
        </span>
        <span className="mc-step-type">{data.typeLabel}</span>
        {data.severity === 'error' && <ExclamationCircleFilled className="mc-step-problem" aria-hidden />}
        {data.severity === 'warning' && <WarningFilled className="mc-step-problem" aria-hidden />}
      </div>
      <div className="mc-step-title" title={data.title}>
        {data.title}
      </div>
      {(data.role || data.unit) && (
        <div className="mc-step-badges">
          {data.role && <span className="mc-step-role">{data.role}</span>}
          {data.unit && (
            <span className="mc-step-unit" title={data.unit}>
              {data.unit}
            </span>
          )}
        </div>
      )}
      {data.notes && data.notes.length > 0 && (
        <div className="mc-step-notes">
          {data.notes.map((note) => (
            <span key={note}>{note}</span>
          ))}
        </div>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
