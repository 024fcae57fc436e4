/**
 * Property tests explore new random cases on every local run. Under CI they
 * run on a fixed seed, so that a CI result is reproducible and a red run
 * points at a change, not at the dice; the seed is printed with any failure.
 */
import fc from "fast-check";

if (process.env.CI === "true") fc.configureGlobal({ seed: 20261127 });
