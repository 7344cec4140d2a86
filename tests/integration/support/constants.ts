export const TEST_SEED = 20261122;
