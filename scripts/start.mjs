#!/usr/bin/env node
// `npm start`: install what is missing, build when the sources changed, then serve on $PORT
// (default 3000). No other setup: everything the app needs is embedded.
import { ensureBuild, ensureNodeModules, runOrExit } from "./lib.mjs";

ensureNodeModules();
ensureBuild();
const port = process.env.PORT ?? "3000";
console.log(`› Serving Registry Doctor on http://localhost:${port}`);
runOrExit("npx", ["next", "start", "--port", port]);
