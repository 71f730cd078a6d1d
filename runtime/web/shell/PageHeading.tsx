/** The title of a screen (the page's one h1) and a line saying what the screen is for. */
import { Typography } from 'antd';

export function PageHeading({ title, intro }: { title: string; intro?: string }) {
  return (
    <div className="mc-page-heading">
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
        {title}
      </Typography.Title>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
    </div>
  );
}
