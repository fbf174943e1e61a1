/** Runs `task` for indexes 0..count-1, at most `concurrency` at a time; `progress` hears
 * each completion, so a test can inject a fault part-way through. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  progress: (done: number) => void = () => undefined,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await task(index);
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
