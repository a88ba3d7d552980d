import path from 'node:path';
import { CouncilImportService } from '../../council-export/council-import.service';
import { CliCommand } from '../cli-command';
import { parseOptions } from '../parse-options';

export const councilImportCommand: CliCommand<{ file: string }> = {
  name: 'council:import',
  usage: 'FILE',
  summary: 'Restore a council export into an EMPTY database (a new DATABASE_URL or DATA_DIR), in one transaction.',
  parse(args) {
    const { positionals } = parseOptions(args, {}, 1);
    return { file: path.resolve(positionals[0]) };
  },
  async run({ app, actor }, { file }, io) {
    const { manifest, counts } = await app.get(CouncilImportService).importArchive(file, actor);
    io.out.write(`Imported the export of ${manifest.siteName} made ${manifest.exportedAt}:\n`);
    const width = Math.max(...Object.keys(counts).map((name) => name.length)) + 2;
    for (const [name, count] of Object.entries(counts)) io.out.write(`  ${name.padEnd(width)}${count}\n`);
  },
};
