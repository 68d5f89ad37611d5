/**
 * JSON.parse knows no line numbers, but an error should name the line of the bad record. This scans
 * the text once and notes the line each element of the top-level arrays starts on: the root array
 * (key '') and arrays that are values of the root object ({"nodes": [...], "results": [...]}).
 */
export function elementLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  // Each open container: its type and, for arrays we track, the key its elements are noted under.
  const stack: Array<{ array: boolean; key: string | null; expectValue: boolean }> = [];
  let line = 1;
  let lastKey: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === ',' || ch === ':') {
      if (ch === ',' && stack.at(-1)?.array) stack.at(-1)!.expectValue = true;
      continue;
    }
    const top = stack.at(-1);
    // An element starts here when its container is a tracked array waiting for a value.
    if (top?.array && top.key !== null && top.expectValue && ch !== ']') {
      const list = lines.get(top.key) ?? [];
      list.push(line);
      lines.set(top.key, list);
      top.expectValue = false;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text[j + 1] ?? '';
          j += 2;
        } else {
          if (text[j] === '\n') line++;
          value += text[j];
          j++;
        }
      }
      // A string directly in the root object, followed by a colon, is a key.
      if (stack.length === 1 && !stack[0]!.array && /^\s*:/.test(text.slice(j + 1, j + 20))) lastKey = value;
      i = j;
    } else if (ch === '[') {
      const key = stack.length === 0 ? '' : stack.length === 1 && !stack[0]!.array ? lastKey : null;
      stack.push({ array: true, key, expectValue: true });
    } else if (ch === '{') {
      stack.push({ array: false, key: null, expectValue: false });
    } else if (ch === ']' || ch === '}') {
      stack.pop();
    }
  }
  return lines;
}

/** JSON.parse's "at position 123" (Node 20) or "(line 4 column 2)" (newer) as a line number. */
export function jsonErrorLine(text: string, error: Error): number | null {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  if (!position) return null;
  return text.slice(0, Number(position[1])).split('\n').length;
}
