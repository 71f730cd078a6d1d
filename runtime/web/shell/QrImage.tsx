/** A QR code drawn in the browser from its text (an image, so the page's security policy needs no inline script). */
import { Skeleton } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

export function QrImage({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
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
  if (!url) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return <img src={url} alt={label} width={size} height={size} className="mc-qr" />;
}
