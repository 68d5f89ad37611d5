import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { DEFAULT_TX_TIMEOUT_MS } from './db/tx.ts';
import { WRITE_DATASET_TIMEOUT_MS } from './db/writeDataset.ts';

describe('transaction timeouts', () => {
  it('give requests the short default and commands the long one of dataset writes', () => {
    const config = loadConfig({});
    expect(config.txTimeoutMs).toBe(DEFAULT_TX_TIMEOUT_MS);
    expect(config.commandTxTimeoutMs).toBe(WRITE_DATASET_TIMEOUT_MS);
  });

  it('take ATLAS_TX_TIMEOUT_MS for both when it is set', () => {
    const config = loadConfig({ ATLAS_TX_TIMEOUT_MS: '5000' });
    expect([config.txTimeoutMs, config.commandTxTimeoutMs]).toEqual([5_000, 5_000]);
  });

  it('refuse a timeout that is not a whole number in range, saying which ones work', () => {
    expect(() => loadConfig({ ATLAS_TX_TIMEOUT_MS: '1e9' })).toThrow('ATLAS_TX_TIMEOUT_MS=1e9 is not valid: use a whole number from 100 to 3600000.');
  });
});
