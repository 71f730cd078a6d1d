/** A page's one search field: a visible label, a large box and its button, in a search landmark. */
import { Input } from 'antd';

export function SearchBox({
  id,
  label,
  value,
  placeholder,
  button,
  allowClear,
  onSearch,
}: {
  id: string;
  label: string;
  /** What the address says is searched now; the box starts from it again whenever it changes. */
  value: string;
  placeholder: string;
  button: string;
  allowClear?: boolean;
  onSearch(value: string): void;
}) {
  return (
    <div role="search" className="mc-search">
      <label htmlFor={id} className="mc-label">
        {label}
      </label>
      <Input.Search
        id={id}
        key={value}
        defaultValue={value}
        placeholder={placeholder}
        enterButton={button}
        size="large"
        allowClear={allowClear}
        onSearch={(typed) => onSearch(typed.trim())}
      />
    </div>
  );
}
