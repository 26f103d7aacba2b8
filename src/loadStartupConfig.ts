import { existsSync } from 'node:fs';
import { type AppConfig, ConfigError, loadConfig } from './config.js';

/**
 * The configuration step shared by every entry point (bot, release, command registration): reads a
 * local `.env` (real variables win; loadEnvFile never overrides), validates the environment, and on a
 * `ConfigError` prints every problem to stderr with `prefix` and returns undefined so the caller can exit 1.
 */
export function loadStartupConfig(prefix = ''): AppConfig | undefined {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${prefix}${error.message}\nSee README.md, "Configuration".\n`);
      return undefined;
    }
    throw error;
  }
}
