import path from 'node:path';
import { AuditService } from '../../audit/audit.service';
import { CouncilArchiveExporter } from '../../council-export/council-archive.exporter';
import { CliCommand, CliUsageError } from '../cli-command';
import { parseOptions } from '../parse-options';

export const councilExportCommand: CliCommand<{ out: string }> = {
  name: 'council:export',
  usage: '--out FILE',
  summary: 'Write the whole council to one archive (.tar.gz, see docs/export-format.md), now, for scripts.',
  parse(args) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    if (!values.out) throw new CliUsageError('--out FILE is required.');
    if (!values.out.endsWith('.tar.gz')) throw new CliUsageError('the archive is a gzip-compressed tar file: --out must end in .tar.gz.');
    return { out: path.resolve(values.out) };
  },
  async run({ app, actor }, { out }, io) {
    const manifest = await app.get(CouncilArchiveExporter).write(out);
    await app.get(AuditService).record({ actor, action: 'council_export.cli', details: { file: out, counts: manifest.counts } });
    const records = Object.entries(manifest.counts).filter(([name]) => name.endsWith('.ndjson') && name !== 'files.ndjson');
    io.out.write(`Exported ${records.reduce((sum, [, count]) => sum + count, 0)} records and ${manifest.counts['files/'] ?? 0} files to ${out}\n`);
    if (manifest.missingFiles.length > 0) io.out.write(`${manifest.missingFiles.length} stored files were missing and are not in the archive (listed in manifest.json).\n`);
  },
};
