import { Skeleton, Stack } from '@mantine/core';

export function HomeSkeleton() {
  return (
    <Stack data-testid="loading">
      <Skeleton h={32} w={240} />
      <Skeleton h={110} />
      <Skeleton h={110} />
      <Skeleton h={300} />
    </Stack>
  );
}
