/** Writing to stdout/stderr without console.log's formatting. */

const encoder = new TextEncoder();

/** Writes `text` to stdout exactly as given. */
export async function writeStdout(text: string): Promise<void> {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) off += await Deno.stdout.write(bytes.subarray(off));
}

/** Writes `text` to stderr exactly as given. */
export async function writeStderr(text: string): Promise<void> {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) off += await Deno.stderr.write(bytes.subarray(off));
}
