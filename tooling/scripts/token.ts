/** `pnpm --silent token <persona> | --list`: see services/identity/src/token-cli.ts. */
import { runTokenCli } from '../../services/identity/src/token-cli.ts';

process.exitCode = await runTokenCli(process.argv.slice(2));
