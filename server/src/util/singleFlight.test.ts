import { describe, expect, it } from 'vitest';
import { singleFlight, singleFlightBy } from './singleFlight.ts';

/** A piece of work that runs until released, counting how often it was started. */
function gatedWork() {
  let starts = 0;
  let release!: (value: number) => void;
  let fail!: (error: Error) => void;
  const work = () => {
    starts += 1;
    return new Promise<number>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
  };
  return { work, starts: () => starts, release: (value: number) => release(value), fail: (error: Error) => fail(error) };
}

describe('singleFlight', () => {
  it('runs identical work once while it is in flight, and shares its answer', async () => {
    const flight = singleFlight<number>();
    const gate = gatedWork();
    const calls = [flight('bridges|all', gate.work), flight('bridges|all', gate.work), flight('bridges|all', gate.work)];
    expect(gate.starts()).toBe(1);
    gate.release(42);
    expect(await Promise.all(calls)).toEqual([42, 42, 42]);
  });

  it('keeps different keys apart', async () => {
    const flight = singleFlight<number>();
    const a = gatedWork();
    const b = gatedWork();
    const first = flight('theme-a', a.work);
    const second = flight('theme-b', b.work);
    a.release(1);
    b.release(2);
    expect([await first, await second]).toEqual([1, 2]);
    expect([a.starts(), b.starts()]).toEqual([1, 1]);
  });

  it('keeps nothing once the work settled: the next call starts afresh, after an answer or an error', async () => {
    const flight = singleFlight<number>();
    const gate = gatedWork();
    const failed = flight('k', gate.work);
    gate.fail(new Error('database busy'));
    await expect(failed).rejects.toThrow('database busy');
    const again = flight('k', gate.work);
    expect(gate.starts()).toBe(2);
    gate.release(7);
    expect(await again).toBe(7);
    const third = flight('k', gate.work);
    expect(gate.starts()).toBe(3);
    gate.release(8);
    expect(await third).toBe(8);
  });

  it('keeps owners apart: the same key on two databases is two pieces of work', async () => {
    const flight = singleFlightBy<number>();
    const [one, two] = [{}, {}];
    const a = gatedWork();
    const b = gatedWork();
    const calls = [flight(one, 'theme-a', a.work), flight(two, 'theme-a', b.work), flight(one, 'theme-a', a.work)];
    expect([a.starts(), b.starts()]).toEqual([1, 1]);
    a.release(1);
    b.release(2);
    expect(await Promise.all(calls)).toEqual([1, 2, 1]);
  });
});
