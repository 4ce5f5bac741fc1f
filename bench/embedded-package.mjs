// Loaded with `node --import` by the engine comparison (bench/engines.ts) in
// each engine's child process: the app's import of its embedded engine
// package ('@ladybugdb/core', or 'kuzu' in the code before the switch)
// resolves to BENCH_EMBEDDED_PACKAGE instead, so the very same loader and
// store code runs on Kuzu 0.11.3 and on LadybugDB. Nothing else imports it.
import { register } from 'node:module';

const target = process.env.BENCH_EMBEDDED_PACKAGE;
if (target) register('./embedded-package-hooks.mjs', import.meta.url, { data: { target } });
