import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * A search box whose text is committed after a pause, so each keystroke does not re-query the
 * core. A committed value changed elsewhere ("Clear filters") replaces what is typed.
 */
export function DebouncedSearchInput(props: {
  value: string;
  onCommit: (text: string) => void;
  label: string;
  placeholder: string;
  w: number;
}) {
  const { value: committed, onCommit } = props;
  const [text, setText] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);
  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    setText(committed);
  }
  useEffect(() => {
    if (text === committed) return;
    const timer = setTimeout(() => onCommit(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, committed, onCommit]);
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      w={props.w}
    />
  );
}
