#!/usr/bin/env node
// Launcher for the cxkit-mock CLI (dist/cli.js). It exists in the repo so that npm links the bin at
// install time, before the first build has written dist/ (the only hand-written JS file: a launcher).
import "../dist/cli.js";
