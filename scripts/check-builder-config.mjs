// Validates electron-builder.yml against electron-builder's own schema; packaging itself needs the
// network (it downloads Electron), so this is the check that runs everywhere.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
await validateConfiguration(config, new DebugLogger(false));
console.log(`electron-builder.yml is valid (appId ${config.appId}).`);
