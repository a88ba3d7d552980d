import { Module } from '@nestjs/common';
import { MarkdownService } from '../common/markdown/markdown.service';
import { DemoSeedService } from './demo-seed.service';

@Module({ providers: [DemoSeedService, MarkdownService], exports: [DemoSeedService] })
export class SeedModule {}
