// Errors shown by their code and message; a file's problems as a list of "file:line — field — message".
import { Alert, Badge, Code, Group, List, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AppErrorData, ErrorCode, InputProblem } from '../../../main/contract/errors';
import { toAppError } from '../api/client';
import type { ReactNode } from 'react';
import { errorMessage } from './requestErrors';

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'The request was refused',
  unknown_method: 'The back office does not know this request',
  unauthorized: 'Not authorised',
  not_found: 'Not found',
  bad_input: 'The files have problems; nothing was imported',
  conflict: 'Conflict',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted: the app stopped while the job ran',
  busy: 'Busy',
  too_large: 'The file is too large',
  unsupported: 'Not available here',
  internal: 'The back office hit an internal error',
};

export function problemText(p: InputProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return [where, p.field, p.message].filter(Boolean).join(' — ');
}

export function ProblemList({ problems }: { problems: InputProblem[] }) {
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <List size="sm" spacing={4} data-testid="problem-list">
        {problems.map((p, i) => (
          <List.Item key={i} data-testid="problem">
            <Code>{p.line > 0 ? `${p.file}:${p.line}` : p.file}</Code>
            {p.field ? (
              <>
                {' — '}
                <Code>{p.field}</Code>
              </>
            ) : null}
            {' — '}
            {p.message}
          </List.Item>
        ))}
      </List>
    </ScrollArea.Autosize>
  );
}

interface Props {
  error: unknown;
  title?: string;
  children?: ReactNode;
  'data-testid'?: string;
}

export function ErrorAlert({ error, title, children, ...rest }: Props) {
  const e: AppErrorData = toAppError(error);
  const problems = Array.isArray(e.details?.problems) ? e.details.problems : [];
  const message = errorMessage(e);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={
        <Group gap="xs">
          <span>{title ?? TITLES[e.code] ?? 'Error'}</span>
          {/* a refused request is said in words below; its code means nothing to a merchant */}
          {message.friendly ? null : (
            <Badge color="red" variant="outline" size="sm" tt="none" data-testid="error-code">
              {e.code}
            </Badge>
          )}
        </Group>
      }
      data-testid={rest['data-testid'] ?? 'error-alert'}
      data-error-code={e.code}
    >
      <Stack gap="xs">
        {problems.length > 0 ? (
          <>
            <Text size="sm">
              {problems.length === 1 ? 'One problem was found:' : `${problems.length} problems were found:`}
            </Text>
            <ProblemList problems={problems} />
          </>
        ) : (
          <Text size="sm" data-testid="error-message" title={message.friendly ? e.message : undefined}>
            {message.text}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
}
