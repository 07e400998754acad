// A search box that reports its text after a pause (debounced) and follows outside resets.
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { SEARCH_MAX_LENGTH } from '../../../main/contract/api';

interface Props {
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  label?: string;
  'data-testid'?: string;
}

export function SearchInput({ value, onChange, placeholder, label, ...rest }: Props) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);
  const ref = useRef<HTMLInputElement>(null);
  const last = useRef(value);
  useHotkeys([['/', () => ref.current?.focus()]]);

  // outside change (e.g. "clear filters"): show it
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    const v = debounced.trim();
    if (v !== last.current) {
      last.current = v;
      onChange(v);
    }
  }, [debounced, onChange]);

  return (
    <TextInput
      ref={ref}
      type="search"
      label={label}
      aria-label={label ? undefined : placeholder}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      // no longer than the lists take: a pasted text is cut there, and the box says so
      maxLength={SEARCH_MAX_LENGTH}
      description={text.length >= SEARCH_MAX_LENGTH ? `At most ${SEARCH_MAX_LENGTH} characters` : undefined}
      inputWrapperOrder={['label', 'input', 'description']}
      onChange={(e) => setText(e.currentTarget.value.slice(0, SEARCH_MAX_LENGTH))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          const v = text.trim();
          last.current = v;
          onChange(v);
        }
        if (e.key === 'Escape' && text) {
          setText('');
        }
      }}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText('')} /> : null}
      data-testid={rest['data-testid']}
      style={{ flex: '1 1 260px' }}
    />
  );
}
