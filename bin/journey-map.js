#!/usr/bin/env node
// The journey-map command line; the code is bundled into dist/cli.js by `npm run build`.
'use strict';
require('../dist/cli.js');
