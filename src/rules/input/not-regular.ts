// input/not-regular — a named or found path that is not a regular file (a FIFO, a device, a
// socket): never read, since reading could block forever or never end (/dev/zero).
import type { InputRule } from '../rule';

export const rule: InputRule = {
  id: 'input/not-regular',
  kind: 'input',
  severity: 'error',
  summary: 'The path is not a regular file (a pipe, device or socket) and was not read',
  fix: 'none',
  messages: { notRegular: 'not a regular file ({{kind}}); not read' },
};
