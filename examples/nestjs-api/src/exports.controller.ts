import { randomUUID } from 'node:crypto';

import { Body, Controller, Header, HttpCode, HttpStatus, Injectable, Post, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';

import { ApiKeyGuard, BearerChallengeFilter, BearerGuard } from './auth';

export interface ExportJob {
  id: string;
  format: 'csv' | 'xlsx';
  state: 'queued' | 'running' | 'done';
}

/** An in-memory queue: enough for the example, a real service would use @nestjs/bullmq. */
@Injectable()
export class ExportQueue {
  private readonly jobs = new Map<string, ExportJob>();

  async add(format: ExportJob['format'] = 'csv'): Promise<ExportJob> {
    const job: ExportJob = { id: randomUUID(), format, state: 'queued' };
    this.jobs.set(job.id, job);
    return job;
  }
}

@Controller('exports')
@UseGuards(BearerGuard)
@UseFilters(BearerChallengeFilter)
export class ExportsController {
  constructor(private readonly queue: ExportQueue) {}

  /** POST /exports: the injected response points to the job's status monitor. */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async start(@Body() body: { format?: ExportJob['format'] }, @Res({ passthrough: true }) res: Response) {
    const job = await this.queue.add(body.format);
    res.location(`/exports/${job.id}`);
    return { id: job.id, state: job.state };
  }

  /** POST /exports/rebuild-index: one rebuild at a time, so its monitor has a fixed URL. */
  @Post('rebuild-index')
  @HttpCode(202)
  @Header('Location', '/exports/rebuild-index/status')
  async rebuildIndex() {
    await this.queue.add();
  }
}

@Controller('v1/exports')
@UseGuards(ApiKeyGuard)
export class LegacyExportsController {
  constructor(private readonly queue: ExportQueue) {}

  /** The v1 endpoint accepts the export but never says where to follow it. */
  @Post()
  @HttpCode(202) // expect: require-202-location
  async start(@Body() body: { format?: ExportJob['format'] }) {
    const job = await this.queue.add(body.format);
    return { id: job.id };
  }
}
