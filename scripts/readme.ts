/**
 * Regenerates the help block of README.md (between the BEGIN/END HELP
 * markers) from `fullHelp()`, so the README and `--help` never disagree.
 *   deno task readme
 */
import { fullHelp } from "../src/cli/help.ts";

const README = new URL("../README.md", import.meta.url);
const BEGIN = "<!-- BEGIN HELP -->";
const END = "<!-- END HELP -->";

const text = await Deno.readTextFile(README);
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md lacks the ${BEGIN} / ${END} markers`);
  Deno.exit(1);
}
const block = `${BEGIN}\n\n\`\`\`text\n${fullHelp()}\n\`\`\`\n\n`;
await Deno.writeTextFile(README, text.slice(0, start) + block + text.slice(end));
console.log("README.md help block updated");
