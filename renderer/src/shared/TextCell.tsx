// A table cell's text: one line, cut with an ellipsis at `maw` (the whole text on hover), or a
// dimmed dash when there is none.
import { Text } from '@mantine/core';

export function TextCell({ value, maw }: { value: string | null | undefined; maw: number }) {
  if (!value) {
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" truncate maw={maw} title={value}>
      {value}
    </Text>
  );
}
