import { HandlesJob, JobHandler, JobPayloads } from '@chorus/jobs';
import { IsUUID } from 'class-validator';
import { PublishingService } from './publishing.service';

export class PublishSharePayload {
  @IsUUID('all') shareId!: string;
  @IsUUID('all') attemptId!: string;
}

@HandlesJob('publishing.publish', PublishSharePayload)
export class PublishShareHandler implements JobHandler<'publishing.publish'> {
  constructor(private readonly publishing: PublishingService) {}

  handle(payload: JobPayloads['publishing.publish']): Promise<void> {
    return this.publishing.attempt(payload.shareId, payload.attemptId);
  }
}
