/** A QR code drawn in the browser from its text (an image, so the page's security policy needs no inline script). */
import { Skeleton } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** `caption`, when given, is shown under the code: what scanning it does, for whoever sees a QR code cold. */
export function QrImage({
  text,
  label,
  caption,
  size = 220,
}: {
  text: string;
  label: string;
  caption?: string;
  size?: number;
}) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let current = true;
    void toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: size }).then(
      (drawn) => current && setUrl(drawn),
    );
    return () => {
      current = false;
    };
  }, [text, size]);
  const image = url ? (
    <img src={url} alt={label} width={size} height={size} className="mc-qr" />
  ) : (
    <Skeleton.Image active style={{ width: size, height: size }} />
  );
  if (!caption) return image;
  return (
    <figure className="mc-qr-figure" style={{ maxWidth: size + 120 }}>
      {image}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
