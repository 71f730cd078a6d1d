/**
 * A list of things as cards (a heading, facts, term: value, in one wrapping line, and actions), with how many there are
 * announced to screen readers, or a plain sentence when there are none.
 */
import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface CardItem {
  key: string;
  title: string;
  facts: [term: string, value: ReactNode][];
  /** What can be done with the thing, under its facts. */
  actions?: ReactNode;
}

export function CardList({ count, empty, cards }: { count: string; empty: string; cards: CardItem[] }) {
  if (cards.length === 0) return <Empty description={empty} />;
  return (
    <>
      <p role="status" className="mc-count">
        {count}
      </p>
      <ul className="mc-cards">
        {cards.map((card) => (
          <li key={card.key}>
            <article className="mc-card">
              <Typography.Title level={2} className="mc-card-title">
                {card.title}
              </Typography.Title>
              <dl className="mc-facts">
                {card.facts.map(([term, value]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              {card.actions && <div className="mc-card-actions">{card.actions}</div>}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
