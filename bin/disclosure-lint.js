#!/usr/bin/env node
import { keepHeapNearLiveSize } from '../dist/heap.js';

keepHeapNearLiveSize();
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
