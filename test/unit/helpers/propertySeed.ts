/**
 * Seeds every fast-check property of the files that import this (fc.configureGlobal), and
 * prints the seed once, so a failure can be replayed: JM_PROPERTY_SEED=<seed> npx mocha … FILE.
 * A property that passes its own `seed` keeps it.
 */
import fc from 'fast-check';

export const PROPERTY_SEED = Number(process.env.JM_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: PROPERTY_SEED });
console.log(`    fast-check seed ${PROPERTY_SEED} (rerun with JM_PROPERTY_SEED=${PROPERTY_SEED})`);
